import { normalize } from '../../../shared/text/normalize';
import type { TextFeatures } from './dutch-text';
import type { Vocabulary } from './vocabulary';
import type { TermWeights } from './term-weights';

/**
 * The passage's own words for shared terms, rarest first: each once, and a compound's part
 * not beside the compound it came from ("proeftuin", not also "proef" and "tuin").
 */
export function reasonWords(features: TextFeatures, numbers: Vocabulary, weights: TermWeights, ids: Iterable<number>, limit = 4): string[] {
  const shown: string[] = [];
  const keys: string[] = [];
  const ranked = [...new Set(ids)].filter((id) => !numbers.term(id).startsWith('^')).sort((a, b) => weights.idf(b) - weights.idf(a));
  for (const id of ranked) {
    const word = features.words.get(numbers.term(id));
    if (!word) continue;
    const key = normalize(word);
    if (keys.some((k) => k.includes(key) || key.includes(k))) continue;
    keys.push(key);
    shown.push(word);
    if (shown.length === limit) break;
  }
  return shown;
}
