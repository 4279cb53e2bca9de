import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

import type { WijkgeheugenBridge } from '../shared/api/bridge';

const ROOT = resolve(import.meta.dirname, '..');
type PageScope = { wijkgeheugen?: WijkgeheugenBridge };

/**
 * Electron 45 downloads its binary on first launch; where that cannot happen (CI here has no
 * network beyond the registries) the binary is absent. We look without triggering a download.
 */
function installedElectronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = installedElectronBinary();
const SKIP_REASON =
  'no Electron binary installed here (node_modules/electron/dist is absent; Electron downloads it on the first `npm start` where the network allows)';

test('the Electron app opens the shell with a sandboxed, isolated page and the bridge', async () => {
  if (!binary) console.log(`Electron smoke test skipped: ${SKIP_REASON}`);
  test.skip(!binary, SKIP_REASON);
  execFileSync(process.execPath, [join(ROOT, 'scripts/prepare-electron-native.mjs')], { stdio: 'inherit' });
  const libraryDir = mkdtempSync(join(tmpdir(), 'wg-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: [ROOT, '--library', libraryDir, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    cwd: ROOT,
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'Bronnen' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/wijkgeheugen\//);
    // No Node in the page, only the one bridge.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as PageScope).wijkgeheugen?.invoke)).toBe('function');
    const stats = await page.evaluate(() => (globalThis as PageScope).wijkgeheugen?.invoke('library.stats', {}));
    expect(stats).toMatchObject({ ok: true, value: { people: 0 } });
    const refused = await page.evaluate(() => (globalThis as PageScope).wijkgeheugen?.invoke('not.a.channel' as never, {}).catch((e: Error) => e.message));
    expect(refused).toContain('Onbekend kanaal');
  } finally {
    await app.close();
    rmSync(libraryDir, { recursive: true, force: true });
  }
});
