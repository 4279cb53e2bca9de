/**
 * `npm run bench:team`: team sync at scale against a real PostgreSQL started here.
 * 1. Convergence: N clients (default 20) make E edits each (default 10,000) on a shared
 *    library, in rounds, each client offline for random stretches; online clients sync after
 *    every round and resolve the conflicts they are shown (mine or theirs, at random). At the
 *    end all sync until nothing is pending; every library's content must be identical (SHA-256
 *    over every item), and no conflict may be reported twice to the same client.
 * 2. Figures: one sync of 1,000 pending changes; the initial clone of a team library of
 *    `--clone` quotes (default 100,000; 0 skips it).
 * Prints figures measured in this run; asserts only convergence.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { dispatch } from '../electron/core/dispatch';
import { openLibrary, type Library } from '../electron/core/library/library';
import { initTeamServer } from '../electron/core/team/admin';
import { listConflicts, resolveConflict } from '../electron/core/team/conflicts';
import { readItem, SYNC_KINDS } from '../electron/core/team/items';
import { pendingChanges, queueEverything, setTeamState } from '../electron/core/team/local-state';
import { syncLibrary } from '../electron/core/team/sync';
import { postgresBinDir, startTestPostgres } from '../electron/core/team/test-support/postgres';
import { generateLibrary } from '../electron/core/test-support/generate-library';
import { tempDir } from '../electron/core/test-support/temp-library';
import { canonicalJson } from '../shared/text/canonical-json';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '20' }, edits: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '50' }, clone: { type: 'string', default: '100000' }, seed: { type: 'string', default: '7' } } });
const CLIENTS = Number(values.clients);
const EDITS = Number(values.edits);
const ROUNDS = Number(values.rounds);
const CLONE = Number(values.clone);

let state = Number(values.seed);
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const bin = postgresBinDir();
if (!bin) {
  console.log('PostgreSQL 15+ is not installed: nothing measured.');
  process.exit(0);
}
const server = await startTestPostgres(bin);
const admin = new pg.Client({ connectionString: server.adminUrl });
await admin.connect();
const dirs: string[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function call(library: Library, channel: string, input: unknown) {
  const result = await dispatch(library, channel as never, input as never);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: string };
}

async function client(role: string, team: string, library?: Library) {
  await admin.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} LOGIN PASSWORD 'pw-${role}'; END IF; END $$`);
  await initTeamServer(admin, team, [role]);
  const dir = tempDir('wg-team-bench-');
  dirs.push(dir);
  const lib = library ?? (await openLibrary(dir));
  const login = { url: `postgres://${role}@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: `pw-${role}` };
  lib.db.transaction(() => {
    setTeamState(lib.db, { server: login.url, team });
    queueEverything(lib.db);
  })();
  return { role, library: lib, sync: () => syncLibrary(lib, login, team) };
}

function checksum(library: Library): string {
  const hash = createHash('sha256');
  for (const kind of SYNC_KINDS) {
    const table = { tag: 'tags', person: 'people', lesson: 'lessons', source: 'sources', quote: 'quotes', note: 'notes', collection: 'collections' }[kind];
    for (const id of library.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[]) {
      const { updatedAt: _u, ...item } = readItem(library.db, kind, id) ?? { updatedAt: '' };
      hash.update(`${kind}:${canonicalJson(item)}\n`);
    }
  }
  return hash.digest('hex');
}

console.log(`# Team sync bench — ${new Date().toISOString()}, Node ${process.version}, PostgreSQL in ${bin}`);

// 1. Convergence.
{
  const team = 'simulatie';
  const clients: Awaited<ReturnType<typeof client>>[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await client(`r${i}`, team));
  const first = clients[0] as (typeof clients)[number];
  const source = await call(first.library, 'sources.create', { title: 'Gedeeld interview', kind: 'interview', text: Array.from({ length: 200 }, (_, i) => `Zin ${i} over de wijk.`).join(' ') });
  const quotes: string[] = [];
  for (let i = 0; i < 200; i++) quotes.push((await call(first.library, 'quotes.create', { sourceId: source.id, start: i * 20, end: i * 20 + 8 })).id);
  for (let i = 0; i < 50; i++) await call(first.library, 'lessons.create', { title: `Les ${i}` });
  const t0 = performance.now();
  await first.sync();
  for (const c of clients.slice(1)) await c.sync();
  console.log(`seed: 1 source, 200 quotes, 50 lessons to ${CLIENTS} clients in ${seconds(performance.now() - t0)}`);

  const seen = new Map<string, number>();
  let reported = 0;
  let duplicates = 0;
  let syncs = 0;
  let syncMs = 0;
  const resolveAll = (c: (typeof clients)[number]) => {
    for (const conflict of listConflicts(c.library.db)) {
      // The same server version of the same item must never be reported to a client twice.
      const key = `${c.role}:${conflict.kind}:${conflict.id}:${conflict.remoteVersion}`;
      if (seen.has(key)) duplicates++;
      else reported++;
      seen.set(key, 1);
      resolveConflict(c.library.db, conflict.kind, conflict.id, random() < 0.5 ? 'local' : 'remote');
    }
  };
  const perRound = Math.ceil(EDITS / ROUNDS);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of clients) {
      // Each client edits what it has: the shared quotes, and the live lessons it knows of.
      const live = c.library.db.prepare('SELECT id FROM lessons WHERE deleted_at IS NULL').pluck().all() as string[];
      for (let e = 0; e < perRound; e++) {
        // Mostly edits of what is there, as in a team's daily work; a few new lessons and deletions.
        const r = random();
        if (r < 0.55) await call(c.library, 'quotes.update', { id: pick(quotes), annotation: `${c.role} ronde ${round} edit ${e}` });
        else if (r < 0.95 && live.length) await call(c.library, 'lessons.update', { id: pick(live), summary: `${c.role} ronde ${round} edit ${e}` });
        else if (r < 0.99 || live.length < 10) live.push((await call(c.library, 'lessons.create', { title: `${c.role} les ${round}.${e}` })).id);
        else {
          // A deletion elsewhere may meet an edit here: a conflict to resolve.
          const at = Math.floor(random() * live.length);
          await call(c.library, 'lessons.delete', { id: live[at] as string });
          live.splice(at, 1);
        }
      }
    }
    for (const c of clients) {
      if (random() < 0.3) continue; // offline this round
      const s = performance.now();
      await c.sync();
      syncMs += performance.now() - s;
      syncs++;
      resolveAll(c);
    }
    if ((round + 1) % 10 === 0) console.log(`  round ${round + 1}/${ROUNDS}: ${seconds(performance.now() - started)}, ${reported} conflicts so far`);
  }
  // Everyone online until nothing is pending and no conflict is open.
  for (let pass = 0; pass < 10; pass++) {
    for (const c of clients) {
      await c.sync();
      resolveAll(c);
    }
    if (clients.every((c) => pendingChanges(c.library.db).length === 0 && listConflicts(c.library.db).length === 0)) break;
  }
  for (const c of clients) await c.sync();
  const sums = new Set(clients.map((c) => checksum(c.library)));
  console.log(`convergence: ${CLIENTS} clients × ${perRound * ROUNDS} edits in ${ROUNDS} rounds (30 % offline per round) in ${seconds(performance.now() - started)}; ${syncs} syncs, mean ${(syncMs / syncs).toFixed(0)} ms`);
  console.log(`  conflicts reported: ${reported}, reported twice: ${duplicates}; libraries identical: ${sums.size === 1 ? 'yes' : `NO (${sums.size} different)`}`);
  if (sums.size !== 1 || duplicates > 0) process.exitCode = 1;
  for (const c of clients) c.library.close();
}

// 2a. One sync of 1,000 pending changes.
{
  const c = await client('duizend', 'duizend');
  for (let i = 0; i < 1000; i++) await call(c.library, 'tags.create', { name: `label ${i}`, facet: 'theme' });
  const s = performance.now();
  const report = await c.sync();
  console.log(`sync of 1,000 pending changes: ${seconds(performance.now() - s)} (${report.pushed} pushed)`);
  c.library.close();
}

// 2b. The initial clone of a large team library.
if (CLONE > 0) {
  const dir = tempDir('wg-team-big-');
  dirs.push(dir);
  const t = performance.now();
  const { library: big } = await generateLibrary(dir, CLONE);
  console.log(`generated a library of ${CLONE} quotes in ${seconds(performance.now() - t)}`);
  const owner = await client('eigenaar', 'groot', big);
  const up = performance.now();
  const pushed = await owner.sync();
  console.log(`first upload of that library: ${seconds(performance.now() - up)} (${pushed.pushed} items)`);
  const fresh = await client('nieuw', 'groot');
  const down = performance.now();
  // The longest step between two progress reports bounds how long the library's process is held
  // (it includes the query's round trip, during which the process is free).
  let last = performance.now();
  let longest = 0;
  const cloned = await syncLibrary(fresh.library, { url: `postgres://nieuw@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: 'pw-nieuw' }, 'groot', undefined, () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  });
  console.log(`initial clone by a new member: ${seconds(performance.now() - down)} (${cloned.pulled} items), longest step ${longest.toFixed(0)} ms, RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  big.close();
  fresh.library.close();
}

await admin.end();
server.stop();
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
