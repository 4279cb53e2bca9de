import { stemmer } from '@orama/stemmers/dutch';
import { nld } from 'stopword';
import { normalize, words } from '../../../shared/text/normalize';
import { conceptsOfWord } from './wijkaanpak-thesaurus';

/**
 * Dutch-aware text features for linking. Stems tie "experimenteren" to "experimenteer";
 * character n-grams (3–5, inside words) tie compounds and word forms that stems miss
 * ("wijkaanpak" and "aanpak", "stoppen" and "stop"). Stop words carry no meaning here.
 */
const STOP = new Set([...nld.map((w) => normalize(w)), 'we', 'wij', 'jullie', 'ze', 'zij', 'gewoon', 'eigenlijk', 'heel', 'echt', 'zo', 'nou', 'ja', 'nee']);
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface TextFeatures {
  stems: Map<string, number>;
  /** Character n-grams by their interned number (see gramId). */
  grams: Map<number, number>;
  /** For each stem, the first word of the text that produced it: what a reason shows. */
  words: Map<string, string>;
}

function add<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function isContentWord(word: string): boolean {
  return word.length >= 2 && !STOP.has(word) && !/^\d+$/.test(word);
}

const CONCEPT_WEIGHT = 1;
let useConcepts = true;

/** For the bench's ablation: the same linking without the domain concepts. */
export function setConceptsEnabled(enabled: boolean): void {
  useConcepts = enabled;
  wordCache.clear();
}

interface WordFeatures {
  stem: string;
  concepts: readonly string[];
  grams: readonly number[];
}

/** N-grams are interned once for the whole process: the same gram is the same number everywhere. */
const gramIds = new Map<string, number>();
export function gramId(gram: string): number {
  let id = gramIds.get(gram);
  if (id === undefined) {
    id = gramIds.size;
    gramIds.set(gram, id);
  }
  return id;
}

/** Interview text repeats its words; each distinct word is stemmed and cut into n-grams once. */
const wordCache = new Map<string, WordFeatures>();
const WORD_CACHE_LIMIT = 500_000;

function featuresOfWord(word: string): WordFeatures {
  let features = wordCache.get(word);
  if (features) return features;
  const padded = `<${word}>`;
  const grams: number[] = [];
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) grams.push(gramId(padded.slice(i, i + n)));
  // Domain concepts live beside the stems ("~veiligheid"), so "overlast" meets "criminaliteit".
  features = { stem: stemmer(word), concepts: useConcepts ? conceptsOfWord(word).map((c) => `~${c}`) : [], grams };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, features);
  return features;
}

let stamp = new Int32Array(1 << 16);
let epoch = 0;

/**
 * The distinct n-grams of a text, without counting them: what document frequencies need.
 * A stamp per n-gram number dedupes without building a map for every quote.
 */
export function distinctGrams(text: string): number[] {
  epoch++;
  const out: number[] = [];
  for (const match of text.matchAll(ORIGINAL_WORD)) {
    for (const word of words(normalize(match[0]))) {
      if (!isContentWord(word)) continue;
      for (const id of featuresOfWord(word).grams) {
        if (id >= stamp.length) {
          const grown = new Int32Array(Math.max(id + 1, stamp.length * 2));
          grown.set(stamp);
          stamp = grown;
        }
        if (stamp[id] !== epoch) {
          stamp[id] = epoch;
          out.push(id);
        }
      }
    }
  }
  return out;
}

/** Stems (with concepts) always; n-grams only when asked, as most quotes need only stems. */
export function analyze(text: string, options: { grams?: boolean } = {}): TextFeatures {
  const withGrams = options.grams ?? true;
  const stems = new Map<string, number>();
  const grams = new Map<number, number>();
  const shown = new Map<string, string>();
  for (const match of text.matchAll(ORIGINAL_WORD)) {
    for (const word of words(normalize(match[0]))) {
      if (!isContentWord(word)) continue;
      const features = featuresOfWord(word);
      add(stems, features.stem);
      if (!shown.has(features.stem)) shown.set(features.stem, match[0]);
      for (const concept of features.concepts) {
        add(stems, concept, CONCEPT_WEIGHT);
        if (!shown.has(concept)) shown.set(concept, match[0]);
      }
      if (withGrams) for (const gram of features.grams) add(grams, gram);
    }
  }
  return { stems, grams, words: shown };
}
