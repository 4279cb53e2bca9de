import type { ParsedInput } from '../../../shared/api/contract';
import type { Lesson } from '../../../shared/api/lessons';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { requireLive } from '../db/rows';
import { createLesson, requireLesson } from './store';

/**
 * A group of quotes becomes a lesson's evidence in one step: a new lesson with the given title,
 * or an existing one. Quotes already linked to it stay as they are; every quote must be live.
 */
export function lessonFromQuotes(db: Db, input: ParsedInput<'lessons.fromQuotes'>): Lesson {
  for (const id of input.quoteIds) requireLive(db, 'quotes', id, 'Citaat');
  const lessonId = input.lessonId ?? createLesson(db, { title: input.title ?? '', aliases: [], summary: '', relatedWords: [], relations: [], tagIds: [] }).id;
  requireLive(db, 'lessons', lessonId, 'Les');
  const position = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM evidence WHERE quote_id = ?').pluck();
  const link = db.prepare("INSERT OR IGNORE INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, 'supports', ?)");
  const touch = db.prepare('UPDATE quotes SET updated_at = ? WHERE id = ?');
  const now = nowIso();
  for (const quoteId of input.quoteIds) {
    link.run(quoteId, lessonId, position.get(quoteId) as number);
    touch.run(now, quoteId);
  }
  return requireLesson(db, lessonId);
}
