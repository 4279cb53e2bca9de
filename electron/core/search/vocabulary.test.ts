import { describe, expect, it } from 'vitest';
import { MAX_VOCABULARY, Vocabulary } from './vocabulary';

describe('bounded vocabulary', () => {
  it('holds word-like tokens only, and no more than MAX_VOCABULARY of them', () => {
    const vocabulary = new Vocabulary();
    expect(vocabulary.intern('x9f_a')).toBeUndefined();
    expect(vocabulary.intern('a'.repeat(40))).toBeUndefined();
    expect(vocabulary.intern('wijkaanpak')).toBe(0);
    for (let i = 0; vocabulary.size < MAX_VOCABULARY; i++) vocabulary.intern(`w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'k')}`);
    expect(vocabulary.full).toBe(true);
    expect(vocabulary.intern('nieuwwoord')).toBeUndefined();
    expect(vocabulary.intern('wijkaanpak')).toBe(0);
  });
});
