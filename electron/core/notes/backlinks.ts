import type { ItemRef } from '../../../shared/api/items';
import type { Backlink } from '../../../shared/api/notes';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';

interface Row {
  id: string;
  title: string;
  plain_text: string;
  target_kind: ItemRef['kind'] | null;
  target_id: string | null;
  updated_at: string;
}

/** The live notes that mention an item, newest first, read from the links derived on save. */
export function backlinksOf(db: Db, ref: ItemRef): Backlink[] {
  const rows = db
    .prepare(
      `SELECT n.id, n.title, n.plain_text, n.target_kind, n.target_id, n.updated_at FROM links l
       JOIN notes n ON n.id = l.from_id AND n.deleted_at IS NULL
       WHERE l.from_kind = 'note' AND l.to_kind = ? AND l.to_id = ? ORDER BY n.updated_at DESC LIMIT 200`,
    )
    .all(ref.kind, ref.id) as Row[];
  return rows.map((row) => {
    const target = row.target_kind && row.target_id ? { kind: row.target_kind, id: row.target_id } : null;
    const info = target ? ITEM_TABLES[target.kind] : null;
    const targetTitle = target && info ? ((db.prepare(`SELECT ${info.titleColumn} FROM ${info.table} WHERE id = ?`).pluck().get(target.id) as string | undefined) ?? null) : null;
    return { noteId: row.id, title: row.title, snippet: row.plain_text.slice(0, 240), target, targetTitle, updatedAt: row.updated_at };
  });
}
