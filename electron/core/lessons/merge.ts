import type { Lesson } from '../../../shared/api/lessons';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { requireLive, softDelete } from '../db/rows';
import { requireLesson, updateLesson } from './store';

/**
 * "Zelfde als": one lesson absorbs the other. Evidence (keeping the kept lesson's stance where
 * both had the quote), the other's title and aliases as aliases, relations, labels, notes,
 * mentions and collection items all move to the kept lesson; the other goes to the trash.
 */
export function mergeLessons(db: Db, keepId: string, mergeId: string): Lesson {
  requireLive(db, 'lessons', keepId, 'Les');
  requireLive(db, 'lessons', mergeId, 'Les');
  const keep = requireLesson(db, keepId);
  const gone = requireLesson(db, mergeId);

  const nextPosition = db.prepare('SELECT coalesce(max(position), -1) + 1 FROM evidence WHERE quote_id = ?').pluck();
  for (const row of db.prepare('SELECT quote_id, stance FROM evidence WHERE lesson_id = ?').all(mergeId) as { quote_id: string; stance: string }[]) {
    db.prepare('INSERT OR IGNORE INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, ?, ?)').run(row.quote_id, keepId, row.stance, nextPosition.get(row.quote_id));
  }
  db.prepare('DELETE FROM evidence WHERE lesson_id = ?').run(mergeId);

  const relations = [...keep.relations, ...gone.relations].filter((r) => r.lessonId !== keepId && r.lessonId !== mergeId);
  const uniqueRelations = [...new Map(relations.map((r) => [`${r.lessonId}:${r.kind}`, r])).values()];
  // Relations pointing at the merged lesson now point at the kept one.
  db.prepare('UPDATE OR IGNORE lesson_relations SET to_id = ? WHERE to_id = ? AND from_id <> ?').run(keepId, mergeId, keepId);
  db.prepare('DELETE FROM lesson_relations WHERE to_id = ?').run(mergeId);

  db.prepare("UPDATE OR IGNORE item_tags SET item_id = ? WHERE item_kind = 'lesson' AND item_id = ?").run(keepId, mergeId);
  db.prepare("UPDATE notes SET target_id = ? WHERE target_kind = 'lesson' AND target_id = ?").run(keepId, mergeId);
  // Mentions inside notes: the stored JSON names the lesson by id, so it is rewritten too.
  db.prepare("UPDATE notes SET doc_json = replace(doc_json, ?, ?), updated_at = ? WHERE id IN (SELECT from_id FROM links WHERE from_kind = 'note' AND to_kind = 'lesson' AND to_id = ?)").run(
    `"itemId":"${mergeId}"`,
    `"itemId":"${keepId}"`,
    nowIso(),
    mergeId,
  );
  db.prepare("UPDATE OR IGNORE links SET to_id = ? WHERE to_kind = 'lesson' AND to_id = ?").run(keepId, mergeId);
  db.prepare("DELETE FROM links WHERE to_kind = 'lesson' AND to_id = ?").run(mergeId);
  db.prepare("UPDATE collection_items SET item_id = ? WHERE item_kind = 'lesson' AND item_id = ?").run(keepId, mergeId);

  softDelete(db, 'lessons', mergeId, 'Les');
  return updateLesson(db, {
    id: keepId,
    aliases: [...keep.aliases, gone.title, ...gone.aliases].filter((a) => a.toLocaleLowerCase('nl') !== keep.title.toLocaleLowerCase('nl')),
    relations: uniqueRelations,
    summary: keep.summary || gone.summary,
    relatedWords: [...keep.relatedWords, ...gone.relatedWords],
  });
}
