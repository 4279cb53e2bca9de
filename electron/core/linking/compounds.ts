import { gunzipSync } from 'node:zlib';
import { COMPOUND_PARTS_GZ_BASE64 } from './compound-parts.generated';

/**
 * Dutch compound splitting from a general lexicon: the OpenTaal word list marks which words may
 * begin (H) or end (T) a compound. "doorzettingsmacht" becomes "doorzettings" + "macht",
 * "buurtbewonersavond" "buurt" + "bewoners" + "avond". The lexicon is general Dutch (70k parts),
 * not a list written for our texts, so "wijkaanpak" meets "aanpak" in any library.
 */
interface Lexicon {
  heads: Set<string>;
  tails: Set<string>;
}

let lexicon: Lexicon | null = null;

function readLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const heads = new Set<string>();
  const tails = new Set<string>();
  const text = gunzipSync(Buffer.from(COMPOUND_PARTS_GZ_BASE64, 'base64')).toString('utf8');
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    const flags = line.slice(tab + 1);
    if (flags.includes('H')) heads.add(word);
    if (flags.includes('T')) tails.add(word);
  }
  lexicon = { heads, tails };
  return lexicon;
}

/** Parts shorter than this are too often accidental ("be" + "leid"). */
const MIN_PART = 3;
/** Words shorter than this are not split at all. */
const MIN_WORD = 7;

const cache = new Map<string, readonly string[]>();

/**
 * The parts of a compound, or [] when the word is not one. Among all ways to cut the word into
 * lexicon parts, the one with the fewest parts wins, then the one with the longest last part
 * (Dutch compounds are right-headed: the last part says what it is).
 */
export function splitCompound(word: string): readonly string[] {
  if (word.length < MIN_WORD || !/^[a-z]+$/.test(word)) return [];
  const cached = cache.get(word);
  if (cached) return cached;
  const { heads, tails } = readLexicon();
  // best[i]: the best cut of word.slice(0, i) into parts that may all begin or join a compound.
  const best: (string[] | null)[] = new Array<string[] | null>(word.length + 1).fill(null);
  best[0] = [];
  for (let end = MIN_PART; end <= word.length; end++) {
    for (let start = 0; start <= end - MIN_PART; start++) {
      const before = best[start];
      if (!before) continue;
      const part = word.slice(start, end);
      const last = end === word.length;
      // The first part must be able to begin a compound; the last one to end it; middle parts both.
      const fits = (start === 0 || tails.has(part) || heads.has(part)) && (last ? start > 0 && tails.has(part) : heads.has(part));
      if (!fits) continue;
      const candidate = [...before, part];
      const current = best[end];
      if (!current || candidate.length < current.length || (candidate.length === current.length && part.length > (current[current.length - 1]?.length ?? 0))) best[end] = candidate;
    }
  }
  const parts = best[word.length] ?? [];
  if (cache.size > 200_000) cache.clear();
  cache.set(word, parts);
  return parts;
}
