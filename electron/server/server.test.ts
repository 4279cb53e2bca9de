import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../core/test-support/temp-library';
import { inProcessApi } from '../core/host/core-api';
import { type ApiServer, MAX_BODY_BYTES, startApiServer } from './server';
import { resolveStaticPath } from './static-files';
import { hugeJsonBody } from '../core/test-support/hostile-files';

let t: TestLibrary;
let server: ApiServer;
let core: ReturnType<typeof inProcessApi>;
let rendererDir: string;

beforeEach(async () => {
  t = await openTestLibrary();
  rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Wijkgeheugen</title>');
  core = inProcessApi(t.library);
  server = await startApiServer({ api: core, rendererDir });
});
afterEach(async () => {
  await server.close();
  core.stop();
  t.cleanup();
});

/** A raw request, so that the Host header can be set (fetch forbids that). */
function raw(path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A request written byte by byte on a socket: for what an HTTP client will not send (two Host headers). */
function rawSocket(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.on('data', (c: Buffer) => {
      data += c.toString();
      if (data.includes('\r\n\r\n')) socket.end();
    });
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
  });
}

const api = (channel: string, input: unknown, token = server.token) =>
  fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });

describe('browser-mode server', () => {
  it('refuses a request with two Host headers, whichever comes first', async () => {
    const answer = await rawSocket(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
    expect(answer.split('\r\n')[0]).toContain('403');
  });

  it('answers a body declared larger than the limit with 413, not a reset', async () => {
    const answer = await rawSocket(
      `POST /api/library.stats HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n{"a":`,
    );
    expect(answer.split('\r\n')[0]).toContain('413');
    expect(answer).toContain('too_large');
  });

  it('answers a body found too large while it is read (no declared length) with 413', async () => {
    const body = hugeJsonBody(MAX_BODY_BYTES + 1024);
    const response = await fetch(`http://127.0.0.1:${server.port}/api/people.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      // A stream has no Content-Length: the limit is found while reading.
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await (await api('people.list', {})).json()).value.items).toEqual([]);
  });

  it('serves an export by its download id as an attachment, and nothing for any other id', async () => {
    const person = await (await api('people.create', { name: 'Anna de Wit' })).json();
    const exported = await (await api('exports.items', { title: 'Wat werkt – selectie', items: [{ kind: 'person', itemId: person.value.id }], format: 'md' })).json();
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'Wat werkt – selectie.md' } });
    const response = await fetch(`http://127.0.0.1:${server.port}/download/${exported.value.downloadId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Wat%20werkt%20%E2%80%93%20selectie.md");
    expect(await response.text()).toContain('Anna de Wit');
    expect((await fetch(`http://127.0.0.1:${server.port}/download/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/download/..%2F..%2Fwijkgeheugen.sqlite`)).status).toBe(404);
  });

  it('does not follow a symbolic link out of the interface folder, and forbids framing', async () => {
    const secret = join(t.dir, 'geheim.txt');
    writeFileSync(secret, 'GEHEIM');
    symlinkSync(secret, join(rendererDir, 'link.txt'));
    const response = await fetch(`http://127.0.0.1:${server.port}/link.txt`);
    expect(await response.text()).not.toContain('GEHEIM');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls with the token', async () => {
    const created = await (await api('people.create', { name: 'Anna de Wit' })).json();
    expect(created).toMatchObject({ ok: true, value: { name: 'Anna de Wit' } });
    const invalid = await (await api('people.create', { name: 7 })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await api('people.nope', {})).status).toBe(404);
  });

  it('refuses requests without the right token with 401', async () => {
    expect((await api('library.stats', {}, 'x'.repeat(43))).status).toBe(401);
    const none = await fetch(`http://127.0.0.1:${server.port}/api/library.stats`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect((await t.call('library.stats', {})).people).toBe(0);
  });

  it('refuses a foreign Host header with 403, even with the token (DNS rebinding)', async () => {
    const evil = await raw('/api/library.stats', { Host: 'evil.example', Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, '{}');
    expect(evil.status).toBe(403);
    expect((await raw('/', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await raw('/', { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('answers a malformed address with 400 and keeps running', async () => {
    expect((await raw('/api/%E0%A4%A', { Host: `127.0.0.1:${server.port}` }, '{}')).status).toBe(400);
    expect((await api('library.stats', {})).status).toBe(200);
  });

  it('refuses a cross-site Origin with 403', async () => {
    const res = await raw(
      '/api/people.create',
      { Host: `127.0.0.1:${server.port}`, Origin: 'http://evil.example', Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      '{"name":"X"}',
    );
    expect(res.status).toBe(403);
    expect((await t.call('library.stats', {})).people).toBe(0);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Wijkgeheugen');
    expect(resolveStaticPath(rendererDir, '/../../etc/passwd')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    const traversal = await raw('/..%2f..%2fwijkgeheugen.sqlite', { Host: `127.0.0.1:${server.port}` });
    expect(traversal.body).toContain('<title>Wijkgeheugen</title>');
  });

  it('streams library.changed events to a client with the token', async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${server.port}/api/events`, {
      headers: { Authorization: `Bearer ${server.token}` },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // the greeting
    await api('lessons.create', { title: 'Stop met experimenteren' });
    let text = '';
    while (!text.includes('library.changed')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"areas":["lessons"]');
    controller.abort();
  });
});
