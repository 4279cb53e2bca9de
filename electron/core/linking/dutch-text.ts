import { stemmer } from '@orama/stemmers/dutch';
import { nld } from 'stopword';
import { normalize, words } from '../../../shared/text/normalize';
import { splitCompound } from './compounds';

/**
 * Dutch text as linking sees it: content words (no stop words, no numbers), each as its Snowball
 * stem, and each compound also as its parts at half weight ("wijkaanpak" counts as "wijkaanpak"
 * and, less, as "wijk" and "aanpak"). General Dutch only: no domain list shapes it.
 */
const STOP = new Set([
  ...nld.map((w) => normalize(w)),
  // Spoken fillers and generic verbs that the list lacks; they say nothing about a lesson.
  'we', 'wij', 'jullie', 'ze', 'zij', 'gewoon', 'eigenlijk', 'heel', 'echt', 'zo', 'nou', 'ja', 'nee',
  'zien', 'ziet', 'zag', 'zagen', 'laat', 'laten', 'liet', 'stellen', 'stelt', 'steld', 'gaan', 'gaat', 'ging', 'gingen',
  'komen', 'komt', 'kwam', 'kwamen', 'maken', 'maakt', 'maakte', 'doen', 'doet', 'deed', 'deden', 'krijgen', 'krijgt', 'kreeg',
  'zeggen', 'zegt', 'zei', 'zeiden', 'vinden', 'vindt', 'vond', 'staan', 'staat', 'stond', 'geven', 'geeft', 'gaf',
  'hebben', 'heeft', 'had', 'hadden', 'worden', 'wordt', 'werd', 'werden', 'kunnen', 'kan', 'kon', 'konden', 'moeten', 'moet', 'moest',
  'willen', 'wil', 'wilde', 'zullen', 'zal', 'zou', 'zouden', 'mogen', 'mag', 'mocht', 'weer', 'wel', 'nog', 'ook', 'al', 'maar',
  'dus', 'even', 'vaak', 'veel', 'iets', 'niets', 'iemand', 'niemand', 'elk', 'elke', 'ieder', 'iedere',
  'dingen', 'ding', 'manier', 'eens', 'echter', 'daarom', 'daarbij', 'hierbij', 'waarbij',
]);
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PART_WEIGHT = 0.5;
/**
 * Long words also count, weakly, as their first six letters: "experimenteren" meets
 * "experimenten", "participatie" meets "participeren" where stems differ. Chosen on the
 * development split (see bench/linking.bench.ts); a term starting with "^" is such a prefix.
 */
export const linkingText = { prefixWeight: 0.3, prefixLength: 6 };

export interface TextFeatures {
  /** Term (stem, or stem of a compound part) to weight in this text. */
  terms: Map<string, number>;
  /** For each term, the first word of the text that produced it: what a reason shows. */
  words: Map<string, string>;
}

export function isContentWord(word: string): boolean {
  return word.length >= 2 && !STOP.has(word) && !/^\d+$/.test(word);
}

interface WordTerms {
  stem: string;
  /** Each part's term and the part as written, for reasons. */
  parts: readonly { term: string; surface: string }[];
  prefix: string | null;
}

/** Interview text repeats its words: each distinct word is stemmed and split once. */
const wordCache = new Map<string, WordTerms>();
const WORD_CACHE_LIMIT = 300_000;

/**
 * Snowball leaves Dutch spelling alternations apart: "stoppen" stems to "stopp" but "stop" to
 * "stop", "blijven" to "blijv" but "blijf" to "blijf", "jaren" to "jar" but "jaar" to "jaar". These
 * rules bring them together: one final consonant for two, f for v and s for z at the end, one
 * vowel for two before a final consonant.
 */
export function conflate(stem: string): string {
  let out = stem;
  if (/([bcdfgklmnprst])\1$/.test(out)) out = out.slice(0, -1);
  if (out.endsWith('v')) out = `${out.slice(0, -1)}f`;
  else if (out.endsWith('z')) out = `${out.slice(0, -1)}s`;
  const long = /(aa|ee|oo|uu)([bcdfgklmnprstvz])$/.exec(out);
  if (long && out.length > 4) out = out.slice(0, long.index + 1) + out.slice(long.index + 2);
  return out;
}

export const stem = (word: string): string => conflate(stemmer(word));

function termsOfWord(word: string): WordTerms {
  let cached = wordCache.get(word);
  if (cached) return cached;
  const stem = conflate(stemmer(word));
  const parts: { term: string; surface: string }[] = [];
  for (const surface of splitCompound(word)) {
    if (!isContentWord(surface)) continue;
    const term = conflate(stemmer(surface));
    if (term !== stem && term.length >= 3 && !parts.some((p) => p.term === term)) parts.push({ term, surface });
  }
  const n = linkingText.prefixLength;
  const prefix = word.length >= n + 2 && stem.length > n ? `^${word.slice(0, n)}` : null;
  cached = { stem, parts, prefix };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, cached);
  return cached;
}

/** The content words of a text, normalised, each with the original spelling it came from. */
export function* contentWords(text: string): Generator<{ word: string; original: string }> {
  for (const match of text.matchAll(ORIGINAL_WORD)) {
    for (const word of words(normalize(match[0]))) if (isContentWord(word)) yield { word, original: match[0] };
  }
}

/** For the bench's ablations: forget cached word terms after changing `linkingText`. */
export function clearWordCache(): void {
  wordCache.clear();
}

export function analyze(text: string, options: { skip?: ReadonlySet<string> } = {}): TextFeatures {
  const terms = new Map<string, number>();
  const shown = new Map<string, string>();
  const add = (term: string, by: number, original: string) => {
    terms.set(term, (terms.get(term) ?? 0) + by);
    if (!shown.has(term)) shown.set(term, original);
  };
  for (const { word, original } of contentWords(text)) {
    // People's names in a text say who spoke, not what was learned.
    if (options.skip?.has(word)) continue;
    const { stem, parts, prefix } = termsOfWord(word);
    add(stem, 1, original);
    for (const part of parts) add(part.term, PART_WEIGHT, part.surface);
    if (prefix && linkingText.prefixWeight > 0) add(prefix, linkingText.prefixWeight, original);
  }
  return { terms, words: shown };
}

/**
 * The character n-grams (3–5, inside content words, with word edges marked) of a text, counted:
 * they tie word forms that stems and prefixes miss ("betrekken" and "betrokkenheid").
 */
export function gramsOf(text: string, skip?: ReadonlySet<string>): Map<string, number> {
  const grams = new Map<string, number>();
  for (const { word } of contentWords(text)) {
    if (skip?.has(word)) continue;
    for (const gram of gramsOfWord(word)) grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

export function gramsOfWord(word: string): string[] {
  const padded = `<${word}>`;
  const out: string[] = [];
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  return out;
}

