import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { isSyncKind, purgeItem, type SyncItem, validateItem, writeItem } from './items';
import { applyingRemote } from './local-state';

export interface SyncConflict {
  kind: string;
  id: string;
  title: string;
  /** The fields both sides changed ("text", "annotation", "deletedAt" for a deletion against an edit). */
  fields: string[];
  local: SyncItem | null;
  remote: SyncItem | null;
  /** The server's version of the item that met this library's change. */
  remoteVersion: number;
  remoteBy: string;
  detectedAt: string;
}

export function listConflicts(db: Db): SyncConflict[] {
  const rows = db.prepare('SELECT kind, id, title, fields, local, remote, remote_version, remote_by, detected_at FROM sync_conflicts ORDER BY detected_at, kind, id').all() as {
    kind: string;
    id: string;
    title: string;
    fields: string;
    local: string | null;
    remote: string | null;
    remote_version: number;
    remote_by: string;
    detected_at: string;
  }[];
  return rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, fields: JSON.parse(r.fields) as string[], local: r.local ? (JSON.parse(r.local) as SyncItem) : null, remote: r.remote ? (JSON.parse(r.remote) as SyncItem) : null, remoteVersion: r.remote_version, remoteBy: r.remote_by, detectedAt: r.detected_at }));
}

/**
 * The researcher's choice: keep this library's version (it goes to the server on the next sync,
 * built on the server's version, so nothing there is lost from the audit trail), or take the
 * team's. Either way the other version stays readable in the server's history and nothing is
 * decided without them.
 */
export function resolveConflict(db: Db, kind: string, id: string, keep: 'local' | 'remote'): void {
  const row = db.prepare('SELECT remote FROM sync_conflicts WHERE kind = ? AND id = ?').get(kind, id) as { remote: string | null } | undefined;
  if (!row || !isSyncKind(kind)) throw new AppError('not_found', 'conflictMissing');
  db.transaction(() => {
    if (keep === 'local') {
      db.prepare('INSERT OR IGNORE INTO sync_outbox (kind, id) VALUES (?, ?)').run(kind, id);
    } else {
      applyingRemote(db, () => {
        if (row.remote === null) purgeItem(db, kind, id);
        else writeItem(db, kind, validateItem(kind, JSON.parse(row.remote)));
      });
      db.prepare('DELETE FROM sync_outbox WHERE kind = ? AND id = ?').run(kind, id);
    }
    db.prepare('DELETE FROM sync_conflicts WHERE kind = ? AND id = ?').run(kind, id);
  })();
}
