import { normalize, words } from '../shared/text/normalize';
import type { SearchDoc } from '../electron/core/search/search-index';
import { seededRandom } from './random';

export interface BenchQuery {
  text: string;
  /** The whole word the user means; a hit is a result that contains it. */
  intended: string;
  typo: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function withTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = LETTERS[Math.floor(random() * LETTERS.length)] ?? 'e';
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1); // substitution
    case 1:
      return word.slice(0, at) + word.slice(at + 1); // deletion
    case 2:
      return word.slice(0, at) + letter + word.slice(at); // insertion
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at) + letter; // swap
  }
}

/**
 * Search-as-you-type queries of 3–12 characters: the start of a word from a random quote, typed
 * without diacritics; every second query has one typo (in words of 4 letters or more).
 */
export function benchQueries(docs: readonly SearchDoc[], count: number, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const quotes = docs.filter((d) => d.kind === 'quote');
  const out: BenchQuery[] = [];
  while (out.length < count) {
    const doc = quotes[Math.floor(random() * quotes.length)];
    const candidates = words(normalize(doc?.body ?? '')).filter((w) => w.length >= 4);
    const intended = candidates[Math.floor(random() * candidates.length)];
    if (!intended) continue;
    const length = Math.min(intended.length, 3 + Math.floor(random() * 10));
    const typed = intended.slice(0, length);
    const typo = out.length % 2 === 1 && typed.length >= 4;
    out.push({ text: typo ? withTypo(typed, random) : typed, intended, typo });
  }
  return out;
}

export function isHit(docs: readonly { title: string; body: string }[], intended: string): boolean {
  return docs.some((d) => words(normalize(`${d.title} ${d.body}`)).includes(intended));
}
