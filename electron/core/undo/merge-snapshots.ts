import type { Db } from '../db/connection';
import type { Slice } from './snapshot';

const inList = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Every row a lesson merge may change. */
export function lessonMergeSlices(db: Db, keepId: string, mergeId: string): Slice[] {
  const ids = [keepId, mergeId];
  const noteIds = db
    .prepare(
      `SELECT id FROM notes WHERE (target_kind = 'lesson' AND target_id IN (?, ?))
       OR id IN (SELECT from_id FROM links WHERE from_kind = 'note' AND to_kind = 'lesson' AND to_id IN (?, ?))`,
    )
    .pluck()
    .all(...ids, ...ids) as string[];
  const notes = noteIds.length ? noteIds : ['-'];
  return [
    { table: 'lessons', where: 'id IN (?, ?)', params: ids, mode: 'update' },
    { table: 'notes', where: `id IN (${inList(notes.length)})`, params: notes, mode: 'update' },
    { table: 'lesson_aliases', where: 'lesson_id IN (?, ?)', params: ids, mode: 'replace' },
    { table: 'lesson_relations', where: 'from_id IN (?, ?) OR to_id IN (?, ?)', params: [...ids, ...ids], mode: 'replace' },
    { table: 'evidence', where: 'lesson_id IN (?, ?)', params: ids, mode: 'replace' },
    { table: 'item_tags', where: "item_kind = 'lesson' AND item_id IN (?, ?)", params: ids, mode: 'replace' },
    { table: 'links', where: "to_kind = 'lesson' AND to_id IN (?, ?)", params: ids, mode: 'replace' },
    { table: 'collection_items', where: "item_kind = 'lesson' AND item_id IN (?, ?)", params: ids, mode: 'replace' },
  ];
}

/** Every row a label merge may change. */
export function tagMergeSlices(keepId: string, mergeId: string): Slice[] {
  const ids = [keepId, mergeId];
  return [
    { table: 'tags', where: 'id IN (?, ?) OR parent_id IN (?, ?)', params: [...ids, ...ids], mode: 'update' },
    { table: 'item_tags', where: 'tag_id IN (?, ?)', params: ids, mode: 'replace' },
  ];
}
