import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/api/channel-names';
import { DATABASE_FILE, openLibrary } from '../library/library';
import { tempDir } from '../test-support/temp-library';
import { HostClient } from './host-client';
import { nodeHostSpawner } from './node-spawner';
import type { FromHost, HostChannel } from './protocol';

/**
 * The host as the app runs it, without the Electron binary: the same entry and messages, in a
 * Node child process standing in for the utility process.
 */
const dirs: string[] = [];
const clients: HostClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function startClient(dir: string): { client: HostClient; current: () => HostChannel | null; events: { name: EventName; payload: unknown }[] } {
  const spawn = nodeHostSpawner({ libraryDir: dir, extraArgs: ['--backup-delay', '600000'] });
  let current: HostChannel | null = null;
  const client = new HostClient(() => (current = spawn()));
  clients.push(client);
  const events: { name: EventName; payload: unknown }[] = [];
  client.on((name, payload) => events.push({ name, payload }));
  return { client, current: () => current, events };
}

const until = async (check: () => boolean, timeoutMs = 20_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the library host process', () => {
  it('starts, answers calls through dispatch, and forwards events', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { client, events } = startClient(dir);
    await client.start();
    const created = await client.call('lessons.create', { title: 'Kies voor de lange termijn' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Kies voor de lange termijn' } });
    await until(() => events.some((e) => e.name === 'library.changed'));
    expect(await client.call('library.stats', {})).toMatchObject({ ok: true, value: { lessons: 1 } });
    expect(await client.call('lessons.create', { title: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await client.call('no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    // An export's file is found by the host, which owns the library folder; the transport only streams it.
    const lesson = (created as { value: { id: string } }).value;
    const exported = await client.call('exports.items', { title: 'Les', items: [{ kind: 'lesson', itemId: lesson.id }], format: 'md' });
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'Les.md' } });
    const file = await client.exportedFile((exported as { value: { downloadId: string } }).value.downloadId);
    expect(file).toMatchObject({ fileName: 'Les.md', path: expect.stringContaining(dir) });
    expect(await client.exportedFile('../../wijkgeheugen.sqlite')).toBeNull();
  }, 30_000);

  it('after a crash: calls in flight fail clearly, a new host starts, the window is told, nothing saved is lost', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { client, current, events } = startClient(dir);
    await client.start();
    await client.call('lessons.create', { title: 'Stop met experimenteren' });
    const first = current();
    const inFlight = client.call('library.stats', {});
    first?.kill();
    const answer = await inFlight;
    // Either answered before the kill landed, or told clearly that it was not.
    if (!answer.ok) expect(answer.error.code).toBe('host_unavailable');
    await until(() => events.some((e) => e.name === 'host.status' && (e.payload as { state: string }).state === 'running'));
    expect(events.filter((e) => e.name === 'host.status').map((e) => (e.payload as { state: string }).state)).toEqual(['restarting', 'running']);
    expect(current()).not.toBe(first);
    expect(await client.call('library.stats', {})).toMatchObject({ ok: true, value: { lessons: 1 } });
  }, 30_000);

  it('gives up after repeated crashes and says so', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const spawn = nodeHostSpawner({ libraryDir: dir, extraArgs: ['--backup-delay', '600000'] });
    let current: HostChannel | null = null;
    const client = new HostClient(() => (current = spawn()), { maxRestarts: 1 });
    clients.push(client);
    const states: string[] = [];
    client.onEvent('host.status', (s) => states.push(s.state));
    await client.start();
    (current as HostChannel | null)?.kill();
    await until(() => states.includes('running'));
    (current as HostChannel | null)?.kill();
    await until(() => states.includes('stopped'));
    expect(await client.call('library.stats', {})).toMatchObject({ ok: false, error: { code: 'host_unavailable' } });
  }, 30_000);

  it('refuses a library from a newer version with its reason, and does not restart', async () => {
    const dir = tempDir();
    dirs.push(dir);
    (await openLibrary(dir)).close();
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma('user_version = 999');
    db.close();
    const { client, events } = startClient(dir);
    await expect(client.start()).rejects.toMatchObject({ code: 'library_too_new' });
    expect(await client.call('library.stats', {})).toMatchObject({ ok: false, error: { code: 'library_too_new' } });
    expect(events.filter((e) => e.name === 'host.status')).toEqual([]);
  }, 30_000);
});

describe('secrets', () => {
  it('are sealed by the window’s process when the host asks, and never by the host itself', async () => {
    const { HostClient: Client } = await import('./host-client');
    const posted: unknown[] = [];
    let deliver: (message: FromHost) => void = () => undefined;
    const channel: HostChannel = {
      post: (message) => posted.push(message),
      onMessage: (listener) => (deliver = listener),
      onExit: () => undefined,
      kill: () => undefined,
    };
    const client = new Client(() => channel, { sealer: { seal: (text) => `[${text}]`, open: (sealed) => sealed.slice(1, -1) } });
    const started = client.start();
    deliver({ type: 'ready', libraryDir: '/x', schemaVersion: 7 });
    await started;
    deliver({ type: 'seal', id: 1, op: 'seal', value: 'geheim' });
    deliver({ type: 'seal', id: 2, op: 'open', value: '[geheim]' });
    expect(posted).toEqual([
      { type: 'sealed', id: 1, value: '[geheim]' },
      { type: 'sealed', id: 2, value: 'geheim' },
    ]);
    const without = new Client(() => channel);
    const again = without.start();
    deliver({ type: 'ready', libraryDir: '/x', schemaVersion: 7 });
    await again;
    deliver({ type: 'seal', id: 3, op: 'seal', value: 'geheim' });
    expect(posted[2]).toEqual({ type: 'sealed', id: 3, value: null });
  });
});
