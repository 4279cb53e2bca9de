import type { Db } from '../db/connection';
import { analyze, contentWords, stem } from './dutch-text';
import { cached } from '../db/statement-cache';

export interface LessonWords {
  title: string;
  aliases: readonly string[];
  summary: string;
  relatedWords: readonly string[];
}

/**
 * When a researcher links a quote to a lesson that "Eerder gehoord" did not recognise, the words
 * that made the difference are usually in the quote and not in the lesson: those words, rarest
 * in the library first (a rare word says more), are offered as the lesson's related words.
 * Names, stop words and short words are never offered; each stem once, in the quote's spelling.
 */
export function relatedWordCandidates(db: Db, quoteText: string, lesson: LessonWords, names: ReadonlySet<string>, limit = 6): string[] {
  const known = analyze([lesson.title, ...lesson.aliases, lesson.summary, ...lesson.relatedWords].join('\n'), { skip: names }).terms;
  const df = cached(db, 'SELECT df FROM link_terms WHERE term = ?').pluck();
  const candidates = new Map<string, { word: string; df: number }>();
  for (const { word } of contentWords(quoteText)) {
    if (word.length < 4 || names.has(word)) continue;
    const term = stem(word);
    if (known.has(term) || candidates.has(term)) continue;
    candidates.set(term, { word, df: (df.get(term) as number | undefined) ?? 0 });
  }
  return [...candidates.values()]
    .sort((a, b) => a.df - b.df || b.word.length - a.word.length)
    .slice(0, limit)
    .map((c) => c.word);
}
