import type { Db } from '../db/connection';

/**
 * Undo for destructive operations that touch many rows (merging lessons or labels): before the
 * operation, the rows it may change are copied; undo puts exactly those rows back. Parent rows
 * (which exist before and after) are updated in place, so no cascade can fire; child rows are
 * replaced wholesale.
 */
export interface Slice {
  table: string;
  where: string;
  params: unknown[];
  /** 'update': rows keep existing, restore their values by primary key. 'replace': delete and insert. */
  mode: 'update' | 'replace';
  key?: string;
}

export interface Snapshot {
  slices: (Slice & { rows: Record<string, unknown>[] })[];
}

export function takeSnapshot(db: Db, slices: Slice[]): Snapshot {
  return { slices: slices.map((slice) => ({ ...slice, rows: db.prepare(`SELECT * FROM ${slice.table} WHERE ${slice.where}`).all(...slice.params) as Record<string, unknown>[] })) };
}

export function restoreSnapshot(db: Db, snapshot: Snapshot): void {
  for (const slice of snapshot.slices) {
    if (slice.mode === 'update') {
      const key = slice.key ?? 'id';
      for (const row of slice.rows) {
        const columns = Object.keys(row).filter((c) => c !== key);
        db.prepare(`UPDATE ${slice.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${key} = ?`).run(...columns.map((c) => row[c]), row[key]);
      }
    }
  }
  // Children last removed, first restored: delete all current child rows, then insert the old ones.
  for (const slice of snapshot.slices.filter((s) => s.mode === 'replace')) db.prepare(`DELETE FROM ${slice.table} WHERE ${slice.where}`).run(...slice.params);
  for (const slice of snapshot.slices.filter((s) => s.mode === 'replace')) {
    for (const row of slice.rows) {
      const columns = Object.keys(row);
      db.prepare(`INSERT INTO ${slice.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => row[c]));
    }
  }
}

/** The last few undoable operations of this session, by id. */
export class UndoLog {
  private readonly entries = new Map<string, Snapshot>();

  remember(id: string, snapshot: Snapshot): void {
    this.entries.set(id, snapshot);
    while (this.entries.size > 20) this.entries.delete(this.entries.keys().next().value as string);
  }

  take(id: string): Snapshot | undefined {
    const snapshot = this.entries.get(id);
    this.entries.delete(id);
    return snapshot;
  }
}
