import { describe, expect, it } from 'vitest';
import { allowedTypos, boundedDistance, boundedSubstringDistance } from './fuzzy';

describe('fuzzy matching', () => {
  it('counts insertions, deletions, substitutions and swaps as one typo each', () => {
    expect(boundedDistance('experimenteren', 'experimenteeren', 2)).toBe(1);
    expect(boundedDistance('wijkaanpak', 'wijkaanpka', 2)).toBe(1);
    expect(boundedDistance('termijn', 'termyn', 2)).toBe(2);
    expect(boundedDistance('stop', 'stop', 0)).toBe(0);
    expect(boundedDistance('leefbaarheid', 'veiligheid', 2)).toBe(3);
  });

  it('finds a word inside a compound, with typos', () => {
    expect(boundedSubstringDistance('samenwerk', 'buurtsamenwerking', 2)).toBe(0);
    expect(boundedSubstringDistance('samenwrk', 'buurtsamenwerking', 2)).toBe(1);
    expect(boundedSubstringDistance('xyz', 'buurtsamenwerking', 1)).toBe(2);
  });

  it('allows more typos in longer words', () => {
    expect([2, 3, 4, 5, 6, 12].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
