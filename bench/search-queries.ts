import { normalize, words } from '../shared/text/normalize';
import type { SearchDoc } from '../electron/core/search/search-index';
import { seededRandom } from '../electron/core/test-support/random';

export interface BenchQuery {
  text: string;
  /** The whole words the user means; a hit is a result that contains all of them. */
  intended: string[];
  typo: boolean;
  shape: 'word' | 'phrase' | 'title';
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
 * Search-as-you-type queries: mostly the start of a word from a random quote (3–12 characters),
 * typed without diacritics; one in four is two words in a row with the second unfinished; one
 * in eight is the start of a name or title. Every second query has one typo (in a typed word of
 * 4 letters or more).
 */
export function benchQueries(docs: readonly SearchDoc[], count: number, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const quotes = docs.filter((d) => d.kind === 'quote');
  const titled = docs.filter((d) => d.kind !== 'quote' && d.title);
  const out: BenchQuery[] = [];
  while (out.length < count) {
    const typoWanted = out.length % 2 === 1;
    const roll = random();
    const shape: BenchQuery['shape'] = roll < 0.125 ? 'title' : roll < 0.375 ? 'phrase' : 'word';
    const doc = shape === 'title' ? titled[Math.floor(random() * titled.length)] : quotes[Math.floor(random() * quotes.length)];
    const all = words(normalize(shape === 'title' ? (doc?.title ?? '') : (doc?.body ?? '')));
    if (shape === 'phrase') {
      const at = Math.floor(random() * Math.max(0, all.length - 1));
      const [first, second] = [all[at], all[at + 1]];
      if (!first || !second || second.length < 4) continue;
      const typed = second.slice(0, Math.min(second.length, 3 + Math.floor(random() * 6)));
      const typo = typoWanted && typed.length >= 4;
      out.push({ text: `${first} ${typo ? withTypo(typed, random) : typed}`, intended: [first, second], typo, shape });
      continue;
    }
    const candidates = all.filter((w) => w.length >= 4);
    const intended = candidates[Math.floor(random() * candidates.length)];
    if (!intended) continue;
    const length = Math.min(intended.length, 3 + Math.floor(random() * 10));
    const typed = intended.slice(0, length);
    const typo = typoWanted && typed.length >= 4;
    out.push({ text: typo ? withTypo(typed, random) : typed, intended: [intended], typo, shape });
  }
  return out;
}

export function isHit(docs: readonly { title: string; body: string }[], intended: readonly string[]): boolean {
  return docs.some((d) => {
    const all = words(normalize(`${d.title} ${d.body}`));
    return intended.every((w) => all.includes(w));
  });
}
