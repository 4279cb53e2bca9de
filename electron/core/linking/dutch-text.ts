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
  grams: Map<string, number>;
  /** For each stem, the first word of the text that produced it: what a reason shows. */
  words: Map<string, string>;
}

function add(map: Map<string, number>, key: string, by = 1): void {
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
}

export function analyze(text: string): TextFeatures {
  const stems = new Map<string, number>();
  const grams = new Map<string, number>();
  const shown = new Map<string, string>();
  for (const match of text.matchAll(ORIGINAL_WORD)) {
    for (const word of words(normalize(match[0]))) {
      if (!isContentWord(word)) continue;
      const stem = stemmer(word);
      add(stems, stem);
      if (!shown.has(stem)) shown.set(stem, match[0]);
      // Domain concepts live beside the stems ("~veiligheid"), so "overlast" meets "criminaliteit".
      if (useConcepts) {
        for (const concept of conceptsOfWord(word)) {
          add(stems, `~${concept}`, CONCEPT_WEIGHT);
          if (!shown.has(`~${concept}`)) shown.set(`~${concept}`, match[0]);
        }
      }
      const padded = `<${word}>`;
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(grams, padded.slice(i, i + n));
    }
  }
  return { stems, grams, words: shown };
}
