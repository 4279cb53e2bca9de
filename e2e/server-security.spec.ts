import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

function raw(port: number, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the API answers 401 without the token and 403 for a foreign Host', async ({ app }) => {
  const json = { 'Content-Type': 'application/json' };
  const host = { Host: `127.0.0.1:${app.port}` };
  expect((await raw(app.port, '/api/library.stats', { ...host, ...json }, '{}')).status).toBe(401);
  expect((await raw(app.port, '/api/library.stats', { ...host, ...json, Authorization: 'Bearer wrong-token-wrong-token' }, '{}')).status).toBe(401);
  const evil = await raw(app.port, '/api/library.stats', { ...json, Host: 'evil.example', Authorization: `Bearer ${app.token}` }, '{}');
  expect(evil.status).toBe(403);
  const ok = await raw(app.port, '/api/library.stats', { ...host, ...json, Authorization: `Bearer ${app.token}` }, '{}');
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { people: 0 } });
});

test('a page without the token says how to open the app', async ({ page, app }) => {
  await page.goto(app.origin);
  await expect(page.getByRole('alert')).toContainText('toegangssleutel');
});
