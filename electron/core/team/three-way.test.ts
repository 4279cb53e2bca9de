import { describe, expect, it } from 'vitest';
import type { SyncItem } from './items';
import { threeWay } from './three-way';

const quote = (text: string, annotation = '', deletedAt: string | null = null, tagIds: string[] = []): SyncItem => ({ id: 'q', updatedAt: '2026-01-01', deletedAt, text, annotation, tagIds });

describe('threeWay', () => {
  it('takes each side’s own changes when they touch different fields', () => {
    const outcome = threeWay(quote('a'), quote('a', 'mijn notitie'), quote('a', '', null, ['t1']));
    expect(outcome).toEqual({ kind: 'merged', item: expect.objectContaining({ annotation: 'mijn notitie', tagIds: ['t1'] }) });
  });
  it('calls it a conflict when both changed the same text, and when one deleted what the other edited', () => {
    expect(threeWay(quote('a'), quote('b'), quote('c'))).toEqual({ kind: 'conflict', fields: ['text'] });
    expect(threeWay(quote('a'), quote('a', 'nieuw'), quote('a', '', '2026-02-01'))).toMatchObject({ kind: 'conflict', fields: expect.arrayContaining(['deletedAt']) });
    expect(threeWay(quote('a'), quote('b'), null)).toEqual({ kind: 'conflict', fields: ['deletedAt'] });
  });
  it('sees no conflict when both made the same change', () => {
    expect(threeWay(quote('a'), quote('b'), quote('b'))).toEqual({ kind: 'same' });
  });
});
