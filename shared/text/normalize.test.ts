import { describe, expect, it } from 'vitest';
import { mapRange, normalize, normalizeWithMap, tokenize, words } from './normalize';

describe('normalize', () => {
  it('folds diacritics, ligatures and case', () => {
    expect(normalize('Coördinatie')).toBe('coordinatie');
    expect(normalize('ﬁnanciën')).toBe('financien');
    expect(normalize('İJSSELMONDE café')).toBe('ijsselmonde cafe');
  });

  it('gives the same text with and without the map', () => {
    for (const sample of ['Coördinatie in de Schilderswijk', 'ﬁnanciële zaken 😀 één', 'Ĳsselmonde', 'ÅÉÎÕÜ ß']) {
      expect(normalizeWithMap(sample).text).toBe(normalize(sample));
    }
  });

  it('maps highlight ranges back to the original text', () => {
    const original = 'De coördinatie 😀 van ﬁnanciën';
    const { text, map } = normalizeWithMap(original);
    const at = text.indexOf('coordinatie');
    const [s, e] = mapRange(map, original, at, at + 'coordinatie'.length);
    expect(original.slice(s, e)).toBe('coördinatie');
    const fin = text.indexOf('financien');
    const [s2, e2] = mapRange(map, original, fin, fin + 9);
    expect(original.slice(s2, e2)).toBe('ﬁnanciën');
  });

  it('splits words on anything that is not a letter or digit', () => {
    expect(words(normalize('Stop met experimenteren! (zei ze, 2007)'))).toEqual(['stop', 'met', 'experimenteren', 'zei', 'ze', '2007']);
    expect(tokenize('a-b')).toEqual([
      { token: 'a', start: 0 },
      { token: 'b', start: 2 },
    ]);
  });
});
