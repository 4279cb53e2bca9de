/**
 * Search text normalisation: compatibility decomposition (NFKD), combining marks removed,
 * lower case. "Coördinatie" and "coordinatie" become the same string, "ﬁ" becomes "fi".
 * Normalised once on save and kept, so queries never normalise the library again.
 */

const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * The same normalisation, with for each character of the result the index of the original
 * character it came from, so that highlight ranges found in normalised text can be shown on
 * the original text.
 */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const part of char.normalize('NFKD')) {
      if (MARK.test(part)) continue;
      const lower = part.toLowerCase();
      out += lower;
      for (let i = 0; i < lower.length; i++) map.push(index);
    }
    index += char.length;
  }
  return { text: out, map };
}

/** Maps [start, end) in normalised text back to [start, end) in the original text. */
export function mapRange(map: readonly number[], original: string, start: number, end: number): [number, number] {
  const from = map[start] ?? original.length;
  const last = map[end - 1];
  if (last === undefined || end <= start) return [from, from];
  // Include the whole original character the last normalised one came from (surrogate pairs are two units).
  const width = (original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
  return [from, last + width];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of normalised text, with their positions. */
export function tokenize(normalised: string): { token: string; start: number }[] {
  const out: { token: string; start: number }[] = [];
  for (const match of normalised.matchAll(WORD)) out.push({ token: match[0], start: match.index });
  return out;
}

export function words(normalised: string): string[] {
  return normalised.match(WORD) ?? [];
}
