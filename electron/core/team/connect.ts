import pg from 'pg';
import { AppError, messageOf } from '../errors';
import { SERVER_SCHEMA_VERSION } from './server-schema';

export interface TeamServer {
  /** postgres://ROLE@HOST:PORT/DB — never with a password in it. */
  url: string;
  password: string;
}

/** The address without any password that was typed into it, for storing and showing. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

const unreachable = (url: string, error: unknown) => new AppError('team_unreachable', 'teamUnreachable', { server: withoutPassword(url) }, { detail: messageOf(error) });

/**
 * A connection as the researcher's own role. TLS when the server offers it: first tried with
 * TLS (the certificate checked unless the address says sslmode=no-verify), and only when the
 * server says it has no TLS, without.
 */
export async function connect(server: TeamServer): Promise<pg.Client> {
  const address = new URL(server.url);
  const sslmode = address.searchParams.get('sslmode');
  const attempt = async (ssl: pg.ClientConfig['ssl']) => {
    const client = new pg.Client({
      host: address.hostname,
      port: Number(address.port || 5432),
      database: decodeURIComponent(address.pathname.slice(1)) || 'postgres',
      user: decodeURIComponent(address.username),
      password: server.password,
      ssl,
      connectionTimeoutMillis: 8000,
      query_timeout: 60_000,
    });
    client.on('error', () => undefined); // A dropped connection surfaces on the next query.
    await client.connect();
    return client;
  };
  try {
    if (sslmode === 'disable') return await attempt(false);
    return await attempt(sslmode === 'no-verify' ? { rejectUnauthorized: false } : true);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '28P01' || code === '28000') throw new AppError('team_auth', 'teamAuth', { server: withoutPassword(server.url) });
    if (/does not support SSL/i.test(String((error as Error).message)) && sslmode !== 'require' && sslmode !== 'verify-full') {
      try {
        return await attempt(false);
      } catch (plain) {
        const plainCode = (plain as { code?: string }).code;
        if (plainCode === '28P01' || plainCode === '28000') throw new AppError('team_auth', 'teamAuth', { server: withoutPassword(server.url) });
        throw unreachable(server.url, plain);
      }
    }
    throw unreachable(server.url, error);
  }
}

/** The server's schema version, checked against this version's: a newer one is refused, a missing or older one named. */
export async function checkServerSchema(client: pg.Client): Promise<void> {
  const exists = await client.query("SELECT to_regclass('wg.meta') IS NOT NULL AS ok");
  if (!exists.rows[0]?.ok) throw new AppError('team_not_ready', 'teamLibraryMissing');
  const row = await client.query("SELECT value FROM wg.meta WHERE key = 'schema_version'");
  const version = Number(row.rows[0]?.value ?? 0);
  if (version > SERVER_SCHEMA_VERSION) throw new AppError('team_schema_newer', 'teamSchemaNewer', { version, known: SERVER_SCHEMA_VERSION });
  if (version < SERVER_SCHEMA_VERSION) throw new AppError('team_not_ready', 'teamSchemaOlder', { version });
}

/** The team's id, visible only to its members (row-level security). */
export async function teamId(client: pg.Client, team: string): Promise<string> {
  const row = await client.query('SELECT id FROM wg.teams WHERE name = $1', [team]);
  const id = row.rows[0]?.id as string | undefined;
  if (!id) throw new AppError('team_not_ready', 'teamMissing', { team });
  return id;
}

/**
 * Ends a connection after use. Ending fails only when the connection is already gone (the server
 * stopped, the network dropped), which is the state ending would bring about; what the work on
 * it did has been reported by then, so there is nothing left to tell.
 */
export async function closeConnection(client: pg.Client): Promise<void> {
  // Already gone (see above): nothing left to tell.
  await client.end().catch(() => undefined);
}
