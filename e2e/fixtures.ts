import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');

export interface RunningApp {
  /** The address the server printed, token in the fragment. */
  url: string;
  origin: string;
  port: number;
  token: string;
  libraryDir: string;
  /** For tests that provoke them on purpose (hostile input): console errors to expect. */
  allowConsole(pattern: RegExp): void;
}

/** Starts browser mode exactly as a user would, and waits for its one-line announcement. */
async function startServer(libraryDir: string): Promise<{ app: RunningApp; child: ChildProcess }> {
  // Browser mode as a user starts it: the built server (built first if a source is newer).
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--library', libraryDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in time; stderr: ${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    child,
    app: { url, origin: parsed.origin, port: Number(parsed.port), token: parsed.hash.replace('#token=', ''), libraryDir, allowConsole: () => undefined },
  };
}

export const test = base.extend<{ app: RunningApp; generatedQuotes: number }>({
  /** `test.use({ generatedQuotes: N })`: the library starts as a generated one of N quotes. */
  generatedQuotes: [0, { option: true }],
  app: async ({ page, generatedQuotes }, use) => {
    const libraryDir = mkdtempSync(join(tmpdir(), 'wg-e2e-'));
    if (generatedQuotes > 0) {
      const { generateLibrary } = await import('../electron/core/test-support/generate-library');
      // Shorter sources than the bench's, so that a test makes its library in seconds.
      (await generateLibrary(libraryDir, generatedQuotes, { sourceWords: [400, 900] })).library.close();
    }
    const { app, child } = await startServer(libraryDir);
    // Any script error or CSP violation on the page fails the test that caused it.
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    app.allowConsole = (pattern) => allowed.push(pattern);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed.some((p) => p.test(message.text()))) problems.push(`console: ${message.text()}`);
    });
    await use(app);
    // Judge the page before the server goes away (its event stream would then fail, rightly).
    const seen = [...problems];
    await page.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(libraryDir, { recursive: true, force: true });
    expect(seen, 'errors in the page').toEqual([]);
  },
});

export { expect };
