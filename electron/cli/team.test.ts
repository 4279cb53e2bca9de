import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinDir, startTestPostgres, type TestPostgres } from '../core/team/test-support/postgres';
import { openTestLibrary, type TestLibrary } from '../core/test-support/temp-library';
import { runCli } from './run-cli';

const bin = postgresBinDir();

/** `team` from the command line against a real PostgreSQL (see core/team/team.test.ts for sync itself). */
describe.skipIf(!bin)('cli team', () => {
  let server: TestPostgres;
  const libraries: TestLibrary[] = [];
  const PASSWORDS: Record<string, string> = { anna: 'anna-geheim' };
  beforeAll(async () => {
    server = await startTestPostgres(bin as string);
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE anna LOGIN PASSWORD '${PASSWORDS.anna}'`);
    await admin.end();
  }, 60_000);
  afterAll(() => {
    for (const l of libraries) l.cleanup();
    server?.stop();
  });

  it('works from the command line: init by the administrator, join and sync by a researcher, status as JSON', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(`ERR ${t}`) };
    const dir = await openTestLibrary();
    libraries.push(dir);
    dir.library.close();
    const previous = process.env.PGPASSWORD;
    try {
      process.env.PGPASSWORD = 'beheer-geheim';
      expect(await runCli(['--library', dir.dir, 'team', 'init', '--server', `postgres://postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`, '--team', 'cli-team', '--members', 'anna'], io)).toBe(0);
      process.env.PGPASSWORD = PASSWORDS.anna;
      expect(await runCli(['--library', dir.dir, 'example'], io)).toBe(0);
      expect(await runCli(['--library', dir.dir, 'team', 'join', '--server', `postgres://anna@127.0.0.1:${server.port}/postgres?sslmode=disable`, '--team', 'cli-team', '--json'], io)).toBe(0);
      expect(JSON.parse(out[out.length - 1] ?? '')).toMatchObject({ pending: 0, conflicts: 0 });
      out.length = 0;
      expect(await runCli(['--library', dir.dir, 'team', 'status', '--json'], io)).toBe(0);
      const status = JSON.parse(out[0] ?? '');
      expect(status).toMatchObject({ team: 'cli-team', pending: 0, conflicts: [] });
      expect(status.server).not.toContain(PASSWORDS.anna);
      const { openLibrary } = await import('../core/library/library');
      const reopened = await openLibrary(dir.dir);
      const stored = JSON.stringify(reopened.db.prepare('SELECT * FROM sync_state').all());
      reopened.close();
      expect(stored).not.toContain(PASSWORDS.anna as string);
    } finally {
      process.env.PGPASSWORD = previous;
      if (previous === undefined) delete process.env.PGPASSWORD;
    }
  }, 60_000);
});
