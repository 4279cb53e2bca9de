import type { Db } from '../db/connection';
import { kindOrder, type SyncItem, type SyncKind } from './items';

/** What the library remembers of its team: the server (without password), team, last sequence seen. */
export interface TeamState {
  server: string | null;
  team: string | null;
  lastSeq: number;
  lastSyncedAt: string | null;
}

export function teamState(db: Db): TeamState {
  const rows = new Map(db.prepare('SELECT key, value FROM sync_state').raw().all() as [string, string][]);
  return { server: rows.get('server') ?? null, team: rows.get('team') ?? null, lastSeq: Number(rows.get('last_seq') ?? 0), lastSyncedAt: rows.get('last_synced_at') ?? null };
}

export function setTeamState(db: Db, values: Partial<Record<'server' | 'team' | 'last_seq' | 'last_synced_at' | 'password_sealed', string>>): void {
  const put = db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(values)) if (value !== undefined) put.run(key, value);
}

/** Every item of the library into the outbox: what a library brings along when it joins a team. */
export function queueEverything(db: Db): void {
  db.exec(`
    INSERT OR IGNORE INTO sync_outbox (kind, id)
      SELECT 'tag', id FROM tags UNION ALL SELECT 'person', id FROM people UNION ALL SELECT 'lesson', id FROM lessons
      UNION ALL SELECT 'source', id FROM sources UNION ALL SELECT 'quote', id FROM quotes
      UNION ALL SELECT 'note', id FROM notes UNION ALL SELECT 'collection', id FROM collections;
  `);
}

/** Changes waiting to be pushed, in the order they can be applied elsewhere; items in conflict wait for the researcher. */
export function pendingChanges(db: Db): { kind: SyncKind; id: string }[] {
  const rows = db.prepare('SELECT o.kind, o.id FROM sync_outbox o WHERE NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.kind = o.kind AND c.id = o.id)').all() as { kind: SyncKind; id: string }[];
  return rows.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.id.localeCompare(b.id));
}

/** How many changes wait to be pushed (a count, for the status shown every few seconds). */
export function pendingCount(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM sync_outbox o WHERE NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.kind = o.kind AND c.id = o.id)').pluck().get() as number;
}

export const isPending = (db: Db, kind: string, id: string) => db.prepare('SELECT 1 FROM sync_outbox WHERE kind = ? AND id = ?').get(kind, id) !== undefined;

export function baseOf(db: Db, kind: string, id: string): { version: number; item: SyncItem | null } | null {
  const row = db.prepare('SELECT version, content FROM sync_base WHERE kind = ? AND id = ?').get(kind, id) as { version: number; content: string | null } | undefined;
  return row ? { version: row.version, item: row.content ? (JSON.parse(row.content) as SyncItem) : null } : null;
}

export function setBase(db: Db, kind: string, id: string, version: number, item: SyncItem | null): void {
  db.prepare('INSERT INTO sync_base (kind, id, version, content) VALUES (?, ?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET version = excluded.version, content = excluded.content').run(kind, id, version, item ? JSON.stringify(item) : null);
}

/** Runs `write` with the outbox triggers quiet: what sync applies from the server is not a local change. */
export function applyingRemote<T>(db: Db, write: () => T): T {
  db.prepare('UPDATE sync_flags SET applying = 1').run();
  try {
    return write();
  } finally {
    db.prepare('UPDATE sync_flags SET applying = 0').run();
  }
}
