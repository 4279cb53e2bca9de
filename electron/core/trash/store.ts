import type { ItemKind } from '../../../shared/api/items';
import type { TrashEntry } from '../../../shared/api/library';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';

/**
 * Everything in the trash, newest first. Quotes that went to the trash together with their
 * source are listed under the source: restoring the source brings them back.
 */
function trashUnion(): string {
  return (Object.entries(ITEM_TABLES) as [ItemKind, (typeof ITEM_TABLES)[ItemKind]][])
    .map(([kind, { table, titleColumn }]) => {
      const extra =
        kind === 'quote'
          ? ' AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = quotes.source_id AND s.deleted_at = quotes.deleted_at)'
          : '';
      return `SELECT '${kind}' AS kind, id, ${titleColumn} AS title, deleted_at AS deletedAt FROM ${table} WHERE deleted_at IS NOT NULL${extra}`;
    })
    .join(' UNION ALL ');
}

/** The trash is small and short-lived, so it pages by offset; `next` is the next offset. */
export function listTrash(db: Db, offset: number, limit: number): { items: TrashEntry[]; total: number; next: string | null } {
  const union = trashUnion();
  const total = db.prepare(`SELECT COUNT(*) FROM (${union})`).pluck().get() as number;
  const items = db.prepare(`SELECT * FROM (${union}) ORDER BY deletedAt DESC, id LIMIT ? OFFSET ?`).all(limit, offset) as TrashEntry[];
  return { items, total, next: offset + limit < total ? String(offset + limit) : null };
}

export function countTrash(db: Db): number {
  return db.prepare(`SELECT COUNT(*) FROM (${trashUnion()})`).pluck().get() as number;
}
