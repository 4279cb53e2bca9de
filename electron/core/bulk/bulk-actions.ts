import type { z } from 'zod';
import type { bulkActionSchema, BULK_KINDS } from '../../../shared/api/bulk';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';
import { isLive, requireLive } from '../db/rows';
import { cached } from '../db/statement-cache';
import { AppError } from '../errors';
import { deleteLesson } from '../lessons/store';
import { deletePerson } from '../people/store';
import { deleteQuote } from '../quotes/store';
import { deleteSource } from '../sources/store';

type BulkKind = (typeof BULK_KINDS)[number];
type BulkAction = z.output<typeof bulkActionSchema>;

const DELETE: Record<BulkKind, (db: Db, id: string) => unknown> = { quote: deleteQuote, source: deleteSource, lesson: deleteLesson, person: deletePerson };

/**
 * One action on many items, in one transaction (the caller's): a label added to each, quotes
 * linked to a lesson, or all of them to the trash. Items in the trash are left alone; an item
 * that already has the label or the link is not changed. Each changed item's updated_at moves,
 * so a colleague's sync sees the change. Returns how many items changed.
 */
export function applyBulk(db: Db, kind: BulkKind, ids: readonly string[], action: BulkAction): number {
  const { table } = ITEM_TABLES[kind];
  const live = [...new Set(ids)].filter((id) => isLive(db, table, id));
  const touch = cached(db, `UPDATE ${table} SET updated_at = ? WHERE id = ?`);
  const at = nowIso();
  let changed = 0;
  if (action.type === 'addTag') {
    requireLive(db, 'tags', action.tagId, 'Label');
    const add = cached(
      db,
      'INSERT OR IGNORE INTO item_tags (item_kind, item_id, tag_id, position) VALUES (?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM item_tags WHERE item_kind = ? AND item_id = ?))',
    );
    for (const id of live) {
      if (add.run(kind, id, action.tagId, kind, id).changes > 0) {
        touch.run(at, id);
        changed++;
      }
    }
  } else if (action.type === 'linkLesson') {
    if (kind !== 'quote') throw new AppError('invalid_input', 'onlyQuotesToLessons');
    requireLive(db, 'lessons', action.lessonId, 'Les');
    const link = cached(
      db,
      'INSERT OR IGNORE INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM evidence WHERE quote_id = ?))',
    );
    for (const id of live) {
      if (link.run(id, action.lessonId, action.stance, id).changes > 0) {
        touch.run(at, id);
        changed++;
      }
    }
  } else {
    for (const id of live) {
      // A source deleted earlier in this batch took its quotes along: those are no longer live.
      if (!isLive(db, table, id)) continue;
      DELETE[kind](db, id);
      changed++;
    }
  }
  return changed;
}
