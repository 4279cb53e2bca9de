import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL binaries (15 or newer), or null when none is installed. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .map(Number)
    .filter((v) => v >= 15)
    .sort((a, b) => b - a);
  for (const v of versions) if (existsSync(join(root, String(v), 'bin', 'initdb'))) return join(root, String(v), 'bin');
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestPostgres {
  port: number;
  /** The superuser's connection string (password authentication over TCP, like a real server). */
  adminUrl: string;
  url(role: string, password: string): string;
  /** Stops the server at once, as a crash would (SIGKILL of the postmaster). */
  kill(): void;
  start(): void;
  stop(): void;
}

const SUPERUSER_PASSWORD = 'beheer-geheim';

/**
 * A throwaway PostgreSQL in a temporary folder on a loopback port, run as the unprivileged
 * `postgres` user when the tests run as root (PostgreSQL refuses to run as root), with password
 * (SCRAM) authentication over TCP. Stopped and removed by `stop()`.
 */
export async function startTestPostgres(bin: string, settings: { tls?: boolean } = {}): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'wg-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? (Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) || null) : null;
  const pgGroup = asRoot ? (Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) || null) : null;
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, SUPERUSER_PASSWORD);
  if (pgUser !== null && pgGroup !== null) {
    chownSync(dir, pgUser, pgGroup);
    chownSync(pwfile, pgUser, pgGroup);
  }
  chmodSync(dir, 0o700);
  const run = (command: string, args: string[]) => {
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, command), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C']);
  if (settings.tls) {
    // A self-signed certificate, as a small institution's server might have: TLS offered, not verifiable.
    const key = join(data, 'server.key');
    const cert = join(data, 'server.crt');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    chmodSync(key, 0o600);
    if (pgUser !== null && pgGroup !== null) {
      chownSync(key, pgUser, pgGroup);
      chownSync(cert, pgUser, pgGroup);
    }
    appendFileSync(join(data, 'postgresql.conf'), `\nssl = on\nssl_cert_file = '${cert}'\nssl_key_file = '${key}'\n`);
  }
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off`;
  // After a kill the old backends take a moment to notice and leave; until then a new server
  // finds its shared memory still in use. Tried again for up to ten seconds.
  const start = () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
      } catch (error) {
        if (attempt >= 40) throw error;
        spawnSync('sleep', ['0.25']);
      }
    }
  };
  start();
  const url = (role: string, password: string) => `postgres://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    port,
    adminUrl: url('postgres', SUPERUSER_PASSWORD),
    url,
    start,
    kill() {
      const pid = Number(execFileSync('head', ['-1', join(data, 'postmaster.pid')]).toString().trim());
      if (pid) process.kill(pid, 'SIGKILL');
      // Its backends follow when they notice the postmaster is gone (start() waits for that).
      spawnSync('sleep', ['0.5']);
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // Already stopped (a test killed it).
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
