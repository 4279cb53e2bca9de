import { existsSync, readFileSync } from 'node:fs';
import type pg from 'pg';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { nowIso } from '../clock';
import { hashMatches } from '../export/bundle-archive';
import type { Library } from '../library/library';
import { originalPath, storeOriginal } from '../sources/originals';
import { checkServerSchema, connect, type TeamServer, teamId as findTeam, closeConnection } from './connect';
import { isSyncKind, kindOrder, purgeItem, readItem, sameContent, type SyncItem, type SyncKind, validateItem, writeItem } from './items';
import { applyingRemote, baseOf, isPending, pendingChanges, pendingCount, setBase, setTeamState, teamState } from './local-state';
import { threeWay } from './three-way';

export interface SyncReport {
  pushed: number;
  pulled: number;
  merged: number;
  conflicts: number;
  pending: number;
  lastSeq: number;
}

/** Items per server transaction when pushing (the local side of a push is small). */
const PUSH_BATCH = 300;
/**
 * Items per local transaction when pulling: each is written in the library's process, which also
 * answers the window; at about 0.6 ms an item, 75 keep each step under the 50 ms it may be held.
 */
const PULL_BATCH = 75;
type Original = { sha256: string; name: string; mime: string };
const originalOf = (item: SyncItem | null) => (item?.original as Original | null | undefined) ?? null;
const titleOf = (item: SyncItem | null) => String(item?.title ?? item?.name ?? item?.text ?? '').slice(0, 80);

/**
 * Pushes this library's outbox, then pulls what others changed, in batches. Each push batch is
 * one server transaction under the team's lock (so sequence numbers follow commit order), with
 * an optimistic version check per item: an item someone else changed meanwhile is not pushed but
 * merged on the pull. Each pull batch is one local transaction together with the new "last
 * sequence seen", so a sync that is cut off anywhere leaves nothing half applied and the next
 * one simply continues.
 */
/** How far a sync is: changes sent of those waiting, items received so far. */
export interface SyncProgress {
  phase: 'push' | 'pull';
  done: number;
  total: number | null;
}

export async function syncLibrary(library: Library, server: TeamServer, team: string, client?: pg.Client, onProgress?: (progress: SyncProgress) => void): Promise<SyncReport> {
  const own = client ?? (await connect(server));
  try {
    await checkServerSchema(own);
    const id = await findTeam(own, team);
    const report: SyncReport = { pushed: 0, pulled: 0, merged: 0, conflicts: 0, pending: 0, lastSeq: 0 };
    report.pushed = await push(library, own, id, onProgress);
    const pulled = await pull(library, own, id, onProgress);
    Object.assign(report, pulled);
    report.pending = pendingCount(library.db);
    library.db.transaction(() => setTeamState(library.db, { last_synced_at: nowIso() }))();
    report.lastSeq = teamState(library.db).lastSeq;
    return report;
  } finally {
    if (!client) await closeConnection(own);
  }
}

async function push(library: Library, client: pg.Client, team: string, onProgress?: (progress: SyncProgress) => void): Promise<number> {
  const { db } = library;
  let pushed = 0;
  const pending = pendingChanges(db);
  for (let at = 0; at < pending.length; at += PUSH_BATCH) {
    const batch = pending.slice(at, at + PUSH_BATCH).map((p) => ({ ...p, item: readItem(db, p.kind, p.id), base: baseOf(db, p.kind, p.id) }));
    const done: { kind: SyncKind; id: string; item: SyncItem | null; version: number }[] = [];
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [team]);
      // Originals first, once per team: a source never arrives before its file.
      const shas = [...new Set(batch.map((b) => originalOf(b.item)?.sha256).filter((s): s is string => Boolean(s)))];
      const present = new Set(shas.length ? ((await client.query('SELECT sha256 FROM wg.blobs WHERE team_id = $1 AND sha256 = ANY($2)', [team, shas])).rows.map((r) => r.sha256 as string)) : []);
      for (const b of batch) {
        const original = originalOf(b.item);
        if (!original || present.has(original.sha256)) continue;
        const file = originalPath(library, original.sha256);
        if (!existsSync(file)) continue;
        await client.query('INSERT INTO wg.blobs (team_id, sha256, name, mime, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [team, original.sha256, original.name, original.mime, readFileSync(file)]);
        present.add(original.sha256);
      }
      for (const b of batch) {
        if (!b.base && b.item === null) {
          done.push({ kind: b.kind, id: b.id, item: null, version: 0 });
          continue;
        }
        const data = b.item === null ? null : JSON.stringify(b.item);
        const result = b.base
          ? await client.query('UPDATE wg.items SET data = $4 WHERE team_id = $1 AND kind = $2 AND id = $3 AND version = $5 RETURNING version', [team, b.kind, b.id, data, b.base.version])
          : await client.query('INSERT INTO wg.items (team_id, kind, id, data) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING version', [team, b.kind, b.id, data]);
        // No row: someone else changed (or made) it meanwhile; the pull merges it.
        if (result.rowCount) done.push({ kind: b.kind, id: b.id, item: b.item, version: Number(result.rows[0]?.version) });
      }
      await client.query('COMMIT');
    } catch (error) {
      // The batch failed, most often because the connection broke, and then the server has rolled
      // it back itself; a failing ROLLBACK adds nothing to the error below, which is what is reported.
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    db.transaction(() => {
      for (const d of done) {
        if (d.version) setBase(db, d.kind, d.id, d.version, d.item);
        // Changed again while it was being pushed: it stays in the outbox for the next push.
        if (sameContent(readItem(db, d.kind, d.id), d.item)) db.prepare('DELETE FROM sync_outbox WHERE kind = ? AND id = ?').run(d.kind, d.id);
      }
    })();
    pushed += done.length;
    onProgress?.({ phase: 'push', done: Math.min(at + PUSH_BATCH, pending.length), total: pending.length });
  }
  return pushed;
}

interface Row {
  kind: string;
  id: string;
  version: string;
  seq: string;
  data: unknown;
  updated_by: string;
}

async function pull(library: Library, client: pg.Client, team: string, onProgress?: (progress: SyncProgress) => void): Promise<Pick<SyncReport, 'pulled' | 'merged' | 'conflicts'>> {
  const { db } = library;
  const out = { pulled: 0, merged: 0, conflicts: 0 };
  let received = 0;
  for (;;) {
    const after = teamState(db).lastSeq;
    const rows = (await client.query('SELECT kind, id::text AS id, version, seq, data, updated_by FROM wg.items WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [team, after, PULL_BATCH])).rows as Row[];
    if (rows.length === 0) break;
    const items = rows.filter((r) => isSyncKind(r.kind)).map((r) => ({ kind: r.kind as SyncKind, id: r.id, version: Number(r.version), by: r.updated_by, remote: r.data === null ? null : validateItem(r.kind as SyncKind, r.data) }));
    // Originals the pulled sources name and this library lacks, each checked against its hash.
    for (const item of items) {
      const original = originalOf(item.remote);
      if (!original || db.prepare('SELECT 1 FROM originals WHERE sha256 = ?').get(original.sha256)) continue;
      const blob = (await client.query('SELECT data FROM wg.blobs WHERE team_id = $1 AND sha256 = $2', [team, original.sha256])).rows[0]?.data as Buffer | undefined;
      if (blob && hashMatches(original.sha256, blob)) storeOriginal(library, blob, original.name, original.mime);
    }
    const lastSeq = Math.max(...rows.map((r) => Number(r.seq)));
    db.transaction(() =>
      applyingRemote(db, () => {
        const ordered = [...items].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
        for (const { kind, id, version, by, remote } of ordered) {
          const local = readItem(db, kind, id);
          const base = baseOf(db, kind, id);
          if (!isPending(db, kind, id)) {
            if (!sameContent(local, remote) || (local === null) !== (remote === null)) {
              if (remote === null) purgeItem(db, kind, id);
              else writeItem(db, kind, remote);
              out.pulled++;
            }
            setBase(db, kind, id, version, remote);
            continue;
          }
          const open = db.prepare('SELECT fields FROM sync_conflicts WHERE kind = ? AND id = ?').pluck().get(kind, id) as string | undefined;
          const same = sameContent(local, remote) && (local === null) === (remote === null);
          // While a conflict is open, a newer version from the team updates the conflict rather than
          // being merged: a merge against it would settle the open field for this side unseen.
          const outcome = same ? { kind: 'same' as const } : open ? { kind: 'conflict' as const, fields: JSON.parse(open) as string[] } : threeWay(base?.item ?? null, local, remote);
          if (outcome.kind === 'same') {
            db.prepare('DELETE FROM sync_outbox WHERE kind = ? AND id = ?').run(kind, id);
            db.prepare('DELETE FROM sync_conflicts WHERE kind = ? AND id = ?').run(kind, id);
          } else if (outcome.kind === 'merged') {
            // Written here and still in the outbox: the merge goes back to the server on the next push.
            writeItem(db, kind, outcome.item);
            out.merged++;
          } else {
            db.prepare(
              `INSERT INTO sync_conflicts (kind, id, title, fields, local, remote, remote_version, remote_by, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(kind, id) DO UPDATE SET fields = excluded.fields, local = excluded.local, remote = excluded.remote, remote_version = excluded.remote_version, remote_by = excluded.remote_by, detected_at = excluded.detected_at`,
            ).run(kind, id, titleOf(local ?? remote), JSON.stringify(outcome.fields), local ? canonicalJson(local) : null, remote ? canonicalJson(remote) : null, version, by, nowIso());
            out.conflicts++;
          }
          // The server's version is the base from now on: a push after resolving builds on it.
          setBase(db, kind, id, version, remote);
        }
        // A second pass for what refers to its own kind (a label's parent, a lesson's relations),
        // which may have arrived later in the same batch.
        for (const { kind, id, remote } of ordered) {
          if ((kind === 'tag' || kind === 'lesson') && remote && !isPending(db, kind, id)) writeItem(db, kind, remote);
        }
        setTeamState(db, { last_seq: String(lastSeq) });
      }),
    )();
    received += rows.length;
    onProgress?.({ phase: 'pull', done: received, total: null });
  }
  return out;
}
