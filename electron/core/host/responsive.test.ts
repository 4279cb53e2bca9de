import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../test-support/generate-library';
import { tempDir } from '../test-support/temp-library';
import { HostClient } from './host-client';
import { nodeHostSpawner } from './node-spawner';

/**
 * The host stays responsive while it works: index catch-up runs in steps of ~25 ms, exports and
 * file parsing run in worker threads. A stats call is polled throughout.
 */
const dir = tempDir();
let client: HostClient | null = null;
afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a busy host', () => {
  it('answers stats quickly during index catch-up, a 3,000-quote PDF export and a large import', async () => {
    // Written without its search index, so the host starts by catching up (as after an upgrade).
    const made = await generateLibrary(dir, 3000, { sourceWords: [3000, 6000], skipIndex: true });
    const collectionId = made.collectionId;
    made.library.close();

    client = new HostClient(nodeHostSpawner({ libraryDir: dir, extraArgs: ['--backup-delay', '600000'] }));
    await client.start();
    const latencies: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const started = performance.now();
        const stats = await client.call('library.stats', {});
        latencies.push(performance.now() - started);
        expect(stats.ok).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const bigText = `${'De wijkaanpak vraagt om geduld en om mensen die blijven. '.repeat(20_000)}`;
    const [exported, imported] = await Promise.all([
      client.call('exports.collection', { collectionId, format: 'pdf' }),
      client.call('sources.importFile', { fileName: 'groot-verslag.txt', dataBase64: Buffer.from(bigText).toString('base64') }),
    ]);
    polling = false;
    await poller;
    expect(exported).toMatchObject({ ok: true, value: { mime: 'application/pdf' } });
    expect(imported).toMatchObject({ ok: true, value: { source: { title: 'groot-verslag' } } });
    const sorted = [...latencies].sort((a, b) => a - b);
    const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1] ?? Number.POSITIVE_INFINITY;
    console.log(`stats answered ${latencies.length} times while busy: p95 ${p95.toFixed(0)} ms, slowest ${Math.max(...latencies).toFixed(0)} ms`);
    expect(latencies.length).toBeGreaterThan(10);
    // The p95 is the claim; a single call may still wait behind the operating system on a
    // two-core machine where the workers, the host and this test all want a core.
    expect(p95).toBeLessThan(200);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  }, 120_000);
});
