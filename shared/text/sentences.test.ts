import { describe, expect, it } from 'vitest';
import { sentenceRanges } from './sentences';

const pieces = (text: string) => sentenceRanges(text).map((r) => text.slice(r.start, r.end));

describe('sentences for keyboard selection', () => {
  it('ends a sentence at its mark (with a closing quote) or a line break, and drops white space', () => {
    const text = 'Casus: de Rotterdamse Stadsmarinier\n\nAnna: Stop met experimenteren. “Twintig pilots!” Wat nu?\n  Een lijst…  zonder eind';
    expect(pieces(text)).toEqual(['Casus: de Rotterdamse Stadsmarinier', 'Anna: Stop met experimenteren.', '“Twintig pilots!”', 'Wat nu?', 'Een lijst…', 'zonder eind']);
  });

  it('keeps abbreviation-like dots inside words and numbers', () => {
    expect(pieces('Het budget was 2.5 miljoen. Daarna niets meer.')).toEqual(['Het budget was 2.5 miljoen.', 'Daarna niets meer.']);
  });

  it('finds nothing in an empty or blank text', () => {
    expect(sentenceRanges('')).toEqual([]);
    expect(sentenceRanges(' \n ')).toEqual([]);
  });
});
