import type pg from 'pg';
import { AppError } from '../errors';
import { newId } from '../ids';
import { addMemberSql, createTeamSql, SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from './server-schema';

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `team init`, run by whoever administers the database (a role that may create schemas and
 * roles' memberships and is not bound by row-level security, such as the database owner):
 * brings the schema up to date in one transaction (a newer one is refused), creates the team
 * and lets the named roles in. Running it again changes nothing that is already there.
 */
export async function initTeamServer(client: pg.Client, team: string, members: readonly string[]): Promise<{ schemaVersion: number; teamId: string }> {
  for (const role of members) if (!ROLE.test(role)) throw new AppError('invalid_input', 'teamRoleName', { role });
  await client.query('BEGIN');
  try {
    // One init at a time: two administrators starting at once would otherwise race on CREATE SCHEMA.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('wijkgeheugen:init'))");
    const exists = (await client.query("SELECT to_regclass('wg.meta') IS NOT NULL AS ok")).rows[0]?.ok as boolean;
    const current = exists ? Number((await client.query("SELECT value FROM wg.meta WHERE key = 'schema_version'")).rows[0]?.value ?? 0) : 0;
    if (current > SERVER_SCHEMA_VERSION) throw new AppError('team_schema_newer', 'teamSchemaNewer', { version: current, known: SERVER_SCHEMA_VERSION });
    for (const migration of SERVER_MIGRATIONS.filter((m) => m.version > current)) await client.query(migration.sql);
    await client.query("INSERT INTO wg.meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(SERVER_SCHEMA_VERSION)]);
    await client.query(createTeamSql, [newId(), team]);
    for (const role of members) {
      const known = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
      if (!known) throw new AppError('invalid_input', 'teamRoleMissing', { role });
      await client.query(`GRANT wg_member TO ${role}`);
      await client.query(addMemberSql, [team, role]);
    }
    const id = (await client.query('SELECT id FROM wg.teams WHERE name = $1', [team])).rows[0]?.id as string;
    await client.query('COMMIT');
    return { schemaVersion: SERVER_SCHEMA_VERSION, teamId: id };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
