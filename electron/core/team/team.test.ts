import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { initTeamServer } from './admin';
import { listConflicts, resolveConflict } from './conflicts';
import { queueEverything, setTeamState, teamState } from './local-state';
import { SERVER_SCHEMA_VERSION } from './server-schema';
import { syncLibrary } from './sync';
import { connect } from './connect';
import { connectTeam, disconnectTeam, resumeTeam, setTeamSealer, syncNow, teamStatus } from './session';
import { openLibrary } from '../library/library';
import { postgresBinDir, startTestPostgres, type TestPostgres } from './test-support/postgres';

const bin = postgresBinDir();
if (!bin) console.warn('Team library tests skipped: PostgreSQL 15+ is not installed (apt-get install postgresql).');

/**
 * Team sync against a real PostgreSQL, started here in a temporary folder: several local
 * libraries as researchers, each with a role of their own.
 */
describe.skipIf(!bin)('team library on PostgreSQL', () => {
  let server: TestPostgres;
  let admin: pg.Client;
  const libraries: TestLibrary[] = [];
  const PASSWORDS: Record<string, string> = { anna: 'anna-geheim', bram: 'bram-geheim', carol: 'carol-geheim' };
  let teams = 0;

  beforeAll(async () => {
    server = await startTestPostgres(bin as string);
    admin = new pg.Client({ connectionString: server.adminUrl });
    admin.on('error', () => undefined); // The kill test stops the server under it.
    await admin.connect();
    for (const [role, password] of Object.entries(PASSWORDS)) await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  }, 60_000);
  afterAll(async () => {
    for (const l of libraries) l.cleanup();
    await admin?.end().catch(() => undefined); // Already gone when the kill test ended it.
    server?.stop();
  });

  /** A fresh team with these members, and a library per member that has joined it. */
  async function team(...members: string[]) {
    const name = `team${++teams}`;
    await initTeamServer(admin, name, members);
    const clients = await Promise.all(
      members.map(async (role) => {
        const t = await openTestLibrary();
        libraries.push(t);
        const login = { url: `postgres://${role}@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: PASSWORDS[role] as string };
        t.library.db.transaction(() => {
          setTeamState(t.library.db, { server: login.url, team: name });
          queueEverything(t.library.db);
        })();
        return { t, role, sync: () => syncLibrary(t.library, login, name) };
      }),
    );
    return { name, clients };
  }

  it('two researchers edit different items offline and sync: both kept', async () => {
    const { clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    await anna.t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    await bram.t.call('lessons.create', { title: 'Stop met experimenteren' });
    await anna.sync();
    await bram.sync();
    await anna.sync();
    for (const c of [anna, bram]) {
      const titles = (await c.t.call('lessons.list', {})).items.map((l) => l.title).sort();
      expect(titles).toEqual(['Kies voor de lange termijn', 'Stop met experimenteren']);
    }
    const audit = await admin.query('SELECT DISTINCT actor FROM wg.audit ORDER BY actor');
    expect(audit.rows.map((r) => r.actor)).toEqual(expect.arrayContaining(['anna', 'bram']));
  });

  it('both edit the same quote: different fields are merged, the same text is a conflict with both versions kept', async () => {
    const { clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const source = await anna.t.call('sources.create', { title: 'Gesprek', kind: 'interview', text: 'Het duurde tien jaar voordat het lukte.' });
    const quote = await anna.t.call('quotes.create', { sourceId: source.id, start: 0, end: 38 });
    const tag = await anna.t.call('tags.create', { name: 'Overvecht', facet: 'place' });
    await anna.sync();
    await bram.sync();
    // Different fields: Anna labels, Bram annotates.
    await anna.t.call('quotes.update', { id: quote.id, tagIds: [tag.id] });
    await bram.t.call('quotes.update', { id: quote.id, annotation: 'Tien jaar!' });
    await anna.sync();
    expect((await bram.sync()).merged).toBe(1);
    await bram.sync();
    await anna.sync();
    for (const c of [anna, bram]) expect(await c.t.call('quotes.get', { id: quote.id })).toMatchObject({ tagIds: [tag.id], annotation: 'Tien jaar!' });

    // The same field: both rewrite the annotation.
    await anna.t.call('quotes.update', { id: quote.id, annotation: 'Versie van Anna' });
    await bram.t.call('quotes.update', { id: quote.id, annotation: 'Versie van Bram' });
    await anna.sync();
    expect((await bram.sync()).conflicts).toBe(1);
    const [conflict] = listConflicts(bram.t.library.db);
    expect(conflict).toMatchObject({ kind: 'quote', id: quote.id, fields: ['annotation'], remoteBy: 'anna', local: { annotation: 'Versie van Bram' }, remote: { annotation: 'Versie van Anna' } });
    // Nothing overwritten on either side until Bram chooses.
    expect((await bram.t.call('quotes.get', { id: quote.id })).annotation).toBe('Versie van Bram');
    await bram.sync();
    await anna.sync();
    expect((await anna.t.call('quotes.get', { id: quote.id })).annotation).toBe('Versie van Anna');
    resolveConflict(bram.t.library.db, 'quote', quote.id, 'local');
    await bram.sync();
    await anna.sync();
    expect((await anna.t.call('quotes.get', { id: quote.id })).annotation).toBe('Versie van Bram');
    expect(listConflicts(bram.t.library.db)).toEqual([]);
  });

  it('one deletes what the other edits: a conflict, and the edit is not lost in the trash', async () => {
    const { clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const lesson = await anna.t.call('lessons.create', { title: 'Investeer in vertrouwen', summary: 'Vertrouwen komt te voet.' });
    await anna.sync();
    await bram.sync();
    await anna.t.call('lessons.delete', { id: lesson.id });
    await bram.t.call('lessons.update', { id: lesson.id, summary: 'Vertrouwen komt te voet en gaat te paard.' });
    await anna.sync();
    await bram.sync();
    const [conflict] = listConflicts(bram.t.library.db);
    expect(conflict?.fields).toContain('deletedAt');
    expect((await bram.t.call('lessons.get', { id: lesson.id })).summary).toBe('Vertrouwen komt te voet en gaat te paard.');
    resolveConflict(bram.t.library.db, 'lesson', lesson.id, 'remote');
    expect((await bram.t.call('lessons.get', { id: lesson.id })).deletedAt).not.toBeNull();
  });

  it('the server killed mid-sync leaves nothing half applied, and the next sync completes', async () => {
    const { name, clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    for (let i = 0; i < 700; i++) await anna.t.call('tags.create', { name: `label ${i}`, facet: 'theme' });
    // A connection that kills the server at its 320th query: inside the second push batch of 300.
    const login = { url: `postgres://anna@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: PASSWORDS.anna as string };
    const client = new pg.Client({ connectionString: server.url('anna', login.password) });
    client.on('error', () => undefined);
    await client.connect();
    let queries = 0;
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
      if (++queries === 320) server.kill();
      return query(...args);
    };
    await expect(syncLibrary(anna.t.library, login, name, client)).rejects.toThrow();
    server.start();
    await admin.end().catch(() => undefined); // Its server was killed under it.
    admin = new pg.Client({ connectionString: server.adminUrl });
    admin.on('error', () => undefined);
    await admin.connect();
    const teamId = (await admin.query('SELECT id FROM wg.teams WHERE name = $1', [name])).rows[0]?.id;
    const partial = Number((await admin.query('SELECT count(*) FROM wg.items WHERE team_id = $1', [teamId])).rows[0]?.count);
    // Whole batches only: the first committed, the one cut off left nothing.
    expect(partial).toBe(300);
    await anna.sync();
    await bram.sync();
    expect(Number((await admin.query('SELECT count(*) FROM wg.items WHERE team_id = $1', [teamId])).rows[0]?.count)).toBe(700);
    expect((await bram.t.call('tags.list', { limit: 1 })).total).toBe(700);
  }, 60_000);

  it('a member of one team cannot read or write another team’s rows (row-level security)', async () => {
    const { clients } = await team('anna');
    const [anna] = clients as [(typeof clients)[number]];
    await anna.t.call('lessons.create', { title: 'Geheim voor andere teams' });
    await anna.sync();
    const { name: other } = await team('carol');
    const carol = new pg.Client({ connectionString: server.url('carol', PASSWORDS.carol as string) });
    await carol.connect();
    try {
      const seen = await carol.query("SELECT count(*) FROM wg.items WHERE data->>'title' = 'Geheim voor andere teams'");
      expect(Number(seen.rows[0]?.count)).toBe(0);
      expect((await carol.query('SELECT name FROM wg.teams')).rows.map((r) => r.name)).toEqual([other]);
      const annaTeam = (await admin.query('SELECT team_id FROM wg.team_members WHERE role_name = $1 LIMIT 1', ['anna'])).rows[0]?.team_id;
      await expect(carol.query("INSERT INTO wg.items (team_id, kind, id, data) VALUES ($1, 'lesson', gen_random_uuid(), '{}')", [annaTeam])).rejects.toThrow(/row-level security/);
    } finally {
      await carol.end();
    }
    const intruder = await openTestLibrary();
    libraries.push(intruder);
    await expect(syncLibrary(intruder.library, { url: `postgres://carol@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: PASSWORDS.carol as string }, teamState(anna.t.library.db).team ?? '')).rejects.toThrow(/geen team/);
  });

  it('refuses a wrong password, and tells a client whose schema is older to update', async () => {
    const { name, clients } = await team('anna');
    const [anna] = clients as [(typeof clients)[number]];
    await expect(syncLibrary(anna.t.library, { url: `postgres://anna@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: 'fout' }, name)).rejects.toMatchObject({ code: 'team_auth' });
    await admin.query("UPDATE wg.meta SET value = $1 WHERE key = 'schema_version'", [String(SERVER_SCHEMA_VERSION + 1)]);
    try {
      await expect(anna.sync()).rejects.toMatchObject({ code: 'team_schema_newer' });
    } finally {
      await admin.query("UPDATE wg.meta SET value = $1 WHERE key = 'schema_version'", [String(SERVER_SCHEMA_VERSION)]);
    }
  });

  it('originals sync by SHA-256, and a profile’s consent travels with it', async () => {
    const { clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const { makeDocx } = await import('../test-support/files');
    const { importFile } = await import('../io/import-file');
    const { source } = await importFile(anna.t.library, 'gesprek.docx', await makeDocx(['Fatima zei: stop met experimenteren.']));
    const fatima = await anna.t.call('people.create', { name: 'Fatima El Amrani', consent: 'pseudonym', pseudonym: 'Bewoner Overvecht' });
    await anna.sync();
    await bram.sync();
    expect((await bram.t.call('sources.get', { id: source.id })).original).toEqual(source.original);
    const { originalPath } = await import('../sources/originals');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(originalPath(bram.t.library, source.original?.sha256 ?? ''))).toEqual(readFileSync(originalPath(anna.t.library, source.original?.sha256 ?? '')));
    expect(await bram.t.call('people.get', { id: fatima.id })).toMatchObject({ consent: 'pseudonym', pseudonym: 'Bewoner Overvecht' });
  });


  it('keeps the password only sealed by the keychain, and resumes syncing with it after a restart', async () => {
    const { name } = await team('anna');
    const t = await openTestLibrary();
    libraries.push(t);
    // A stand-in keychain: the host asks the window's process (safeStorage in the app).
    setTeamSealer((op, value) => Promise.resolve(op === 'seal' ? `verzegeld:${Buffer.from(value).toString('base64')}` : Buffer.from(value.replace('verzegeld:', ''), 'base64').toString()));
    try {
      const status = await connectTeam(t.library, `postgres://anna@127.0.0.1:${server.port}/postgres?sslmode=disable`, name, PASSWORDS.anna as string);
      expect(status).toMatchObject({ connected: true, remembered: true, state: 'idle' });
      const stored = JSON.stringify(t.library.db.prepare('SELECT * FROM sync_state').all());
      expect(stored).not.toContain(PASSWORDS.anna as string);
      await t.call('lessons.create', { title: 'Voor de herstart' });
      t.library.close();
      // "Restart": a new process opens the library; with the keychain it syncs by itself again.
      const reopened = await openLibrary(t.dir);
      try {
        await resumeTeam(reopened);
        expect(teamStatus(reopened)).toMatchObject({ connected: true, pending: 0, remembered: true });
        // Disconnecting forgets the sealed password too.
        disconnectTeam(reopened);
        expect(teamStatus(reopened)).toMatchObject({ connected: false, remembered: false });
      } finally {
        reopened.close();
      }
    } finally {
      setTeamSealer(null);
    }
  });

  it('says clearly when the server cannot be reached, and the library keeps working', async () => {
    const { name } = await team('anna');
    const t = await openTestLibrary();
    libraries.push(t);
    await connectTeam(t.library, `postgres://anna@127.0.0.1:${server.port}/postgres?sslmode=disable`, name, PASSWORDS.anna as string);
    // The server moves away (a closed port stands in for a network that is down).
    setTeamState(t.library.db, { server: 'postgres://anna@127.0.0.1:1/postgres?sslmode=disable' });
    await t.call('lessons.create', { title: 'Offline geschreven' });
    await expect(syncNow(t.library)).rejects.toMatchObject({ code: 'team_unreachable' });
    expect(teamStatus(t.library)).toMatchObject({ state: 'unreachable', pending: 1, lastError: { code: 'team_unreachable' } });
    disconnectTeam(t.library);
  });

  it('reports its progress while it sends and receives', async () => {
    const { name, clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    for (let i = 0; i < 350; i++) await anna.t.call('tags.create', { name: `voortgang ${i}`, facet: 'theme' });
    const seen: string[] = [];
    const login = (role: string) => ({ url: `postgres://${role}@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: PASSWORDS[role] as string });
    await syncLibrary(anna.t.library, login('anna'), name, undefined, (p) => seen.push(`${p.phase} ${p.done}/${p.total ?? '?'}`));
    expect(seen.slice(0, 2)).toEqual(['push 300/350', 'push 350/350']);
    seen.length = 0;
    await syncLibrary(bram.t.library, login('bram'), name, undefined, (p) => seen.push(`${p.phase} ${p.done}/${p.total ?? '?'}`));
    expect(seen).toEqual(['pull 75/?', 'pull 150/?', 'pull 225/?', 'pull 300/?', 'pull 350/?']);
  });

  it('uses TLS when the server offers it, checks the certificate unless told not to, and falls back to plain only where TLS is not offered', async () => {
    // The shared server offers no TLS: an address without sslmode still connects (in plain text).
    const plain = await connect({ url: `postgres://anna@127.0.0.1:${server.port}/postgres`, password: PASSWORDS.anna as string });
    expect((await plain.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0]?.ssl).toBe(false);
    await plain.end();
    const tls = await startTestPostgres(bin as string, { tls: true });
    try {
      const admin2 = new pg.Client({ connectionString: tls.adminUrl, ssl: { rejectUnauthorized: false } });
      await admin2.connect();
      await admin2.query("CREATE ROLE anna LOGIN PASSWORD 'anna-geheim'");
      await admin2.end();
      const secured = await connect({ url: `postgres://anna@127.0.0.1:${tls.port}/postgres?sslmode=no-verify`, password: 'anna-geheim' });
      expect((await secured.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0]?.ssl).toBe(true);
      await secured.end();
      // A self-signed certificate is not silently trusted.
      await expect(connect({ url: `postgres://anna@127.0.0.1:${tls.port}/postgres`, password: 'anna-geheim' })).rejects.toMatchObject({ code: 'team_unreachable', message: expect.stringMatching(/certificate/i) });
    } finally {
      tls.stop();
    }
  }, 60_000);

  it('keeps a conflict open while the team changes the item further, and never settles it unseen', async () => {
    const { clients } = await team('anna', 'bram');
    const [anna, bram] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const lesson = await anna.t.call('lessons.create', { title: 'Houd professionals in de wijk', summary: 'Vaste gezichten.' });
    const tag = await anna.t.call('tags.create', { name: 'Politie', facet: 'theme' });
    await anna.sync();
    await bram.sync();
    await anna.t.call('lessons.update', { id: lesson.id, summary: 'Anna: vaste gezichten, jarenlang.' });
    await bram.t.call('lessons.update', { id: lesson.id, summary: 'Bram: dezelfde wijkagent.' });
    await anna.sync();
    await bram.sync();
    expect(listConflicts(bram.t.library.db)).toHaveLength(1);
    // Anna goes on with another field; Bram's open conflict is updated, not merged away.
    await anna.t.call('lessons.update', { id: lesson.id, tagIds: [tag.id] });
    await anna.sync();
    await bram.sync();
    const [open] = listConflicts(bram.t.library.db);
    expect(open).toMatchObject({ fields: ['summary'], local: { summary: 'Bram: dezelfde wijkagent.' }, remote: { summary: 'Anna: vaste gezichten, jarenlang.', tagIds: [tag.id] } });
    expect((await bram.t.call('lessons.get', { id: lesson.id })).summary).toBe('Bram: dezelfde wijkagent.');
    resolveConflict(bram.t.library.db, 'lesson', lesson.id, 'remote');
    expect(await bram.t.call('lessons.get', { id: lesson.id })).toMatchObject({ summary: 'Anna: vaste gezichten, jarenlang.', tagIds: [tag.id] });
  });
});
