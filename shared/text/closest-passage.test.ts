import { describe, expect, it } from 'vitest';
import { makeAnchor } from './anchor';
import { closestPassage } from './closest-passage';

const before = 'Inleiding van het interview. Het duurde tien jaar voordat de bewoners ons vertrouwden. Daarna ging het snel.';
const exact = 'Het duurde tien jaar voordat de bewoners ons vertrouwden.';
const anchor = makeAnchor(before, before.indexOf(exact), before.indexOf(exact) + exact.length);

describe('closestPassage', () => {
  it('finds a passage with one word corrected between its old context', () => {
    const after = before.replace('tien jaar', 'twaalf jaar');
    expect(closestPassage(after, anchor, exact)).toMatchObject({ text: 'Het duurde twaalf jaar voordat de bewoners ons vertrouwden.', similarity: 8 / 9 });
  });
  it('finds it by its own first and last words when the context around it changed', () => {
    const after = `Een nieuwe inleiding, veel langer dan eerst. ${exact.replace('ons', 'de gemeente')} En een ander slot.`;
    expect(closestPassage(after, anchor, exact)?.text).toBe('Het duurde tien jaar voordat de bewoners de gemeente vertrouwden.');
  });
  it('offers nothing when the passage is gone', () => {
    expect(closestPassage('Een heel andere tekst over iets anders.', anchor, exact)).toBeNull();
  });
});
