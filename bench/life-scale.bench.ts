import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch } from '../electron/core/dispatch';
import { exportCollection } from '../electron/core/export/export-collection';
import { DATABASE_FILE, openLibrary } from '../electron/core/library/library';
import { HostClient } from '../electron/core/host/host-client';
import { nodeHostSpawner } from '../electron/core/host/node-spawner';
import { generateLibrary } from '../electron/core/test-support/generate-library';
import { mb, ms, percentile } from './stats';

const EXPORT_FORMATS = ['md', 'html', 'csv', 'docx', 'pdf', 'json'] as const;

async function call(library: Awaited<ReturnType<typeof openLibrary>>, channel: Parameters<typeof dispatch>[1], input: unknown): Promise<unknown> {
  const result = await dispatch(library, channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * The host as browser mode runs it (its own process): how long a `library.stats` call waits
 * while the host starts (linking built in steps) and while it exports in every format, and the
 * host's memory after.
 */
async function measureHostWhileBusy(dir: string, collectionId: string): Promise<void> {
  const client = new HostClient(nodeHostSpawner({ libraryDir: dir, extraArgs: ['--backup-delay', '600000'] }));
  const started = performance.now();
  await client.start();
  const ready = performance.now() - started;
  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const at = performance.now();
      await client.call('library.stats', {});
      latencies.push(performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const duringStart = [...latencies];
  for (const format of EXPORT_FORMATS) await client.call('exports.collection', { collectionId, format });
  polling = false;
  await poller;
  const duringExports = latencies.slice(duringStart.length);
  // The host is this process's only child now: its resident memory.
  const rss = execFileSync('ps', ['-o', 'rss=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .trim()
    .split(/\s+/)
    .map((kb) => Number(kb) / 1024);
  await client.close();
  const fmt = (values: number[]) => `p95 ${ms(percentile(values, 95))}, slowest ${ms(Math.max(...values))} (${values.length} calls)`;
  console.log(
    `host (own process): ready in ${ms(ready)}; stats while it starts ${fmt(duringStart)}; while it exports every format ${fmt(duringExports)}; host RSS ${Math.max(...rss).toFixed(0)} MB`,
  );
}

/**
 * The library as a researcher of 25 years has it: generated (or reused from WG_BENCH_LIBRARY),
 * then a cold start in a new process, paging every list to its last row, and exporting the
 * 5,000-quote collection in every format.
 */
export async function runLifeScaleBench(quotes: number): Promise<void> {
  console.log(`\n## Life scale: ${quotes.toLocaleString('en')} quotes in long sources`);
  const given = process.env.WG_BENCH_LIBRARY;
  const dir = given ?? mkdtempSync(join(tmpdir(), 'wg-life-'));
  try {
    if (!existsSync(join(dir, DATABASE_FILE))) {
      const started = performance.now();
      const made = await generateLibrary(dir, quotes);
      made.library.close();
      console.log(
        `generated: ${made.quotes} quotes in ${made.sources} sources, ${made.people} people, ${made.lessons} lessons; rows ${ms(made.writeMs)}, search index ${ms(made.indexMs)}, total ${ms(performance.now() - started)}`,
      );
    }
    const cold = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'cold-start.ts'), dir], { encoding: 'utf8' }),
    ) as { openMs: number; firstRowsMs: number; firstSearchMs: number; keystrokesMs: number[]; rssMb: number; processToImportDone: number };
    console.log(
      `cold start (new process): modules loaded ${ms(cold.processToImportDone)}, open ${ms(cold.openMs)}, first 200 rows ${ms(cold.firstRowsMs)}, ` +
        `first search ${ms(cold.firstSearchMs)}, then per keystroke ${cold.keystrokesMs.map((k) => k.toFixed(1)).join(' / ')} ms, RSS ${cold.rssMb.toFixed(0)} MB`,
    );

    const library = await openLibrary(dir);
    const pageTimes: number[] = [];
    let after: string | undefined;
    let rows = 0;
    const pagingStarted = performance.now();
    do {
      const started = performance.now();
      const page = (await call(library, 'quotes.list', { sort: 'dateSaid', direction: 'desc', limit: 200, ...(after ? { after } : {}) })) as { items: unknown[]; next: string | null };
      pageTimes.push(performance.now() - started);
      rows += page.items.length;
      after = page.next ?? undefined;
    } while (after);
    console.log(
      `Citaten to the last row: ${rows.toLocaleString('en')} rows in ${pageTimes.length} pages, ${ms(performance.now() - pagingStarted)}; page median ${ms(percentile(pageTimes, 50))}, slowest ${ms(Math.max(...pageTimes))}`,
    );
    const sourcesPage = await call(library, 'sources.list', { sort: 'date', limit: 100 });
    console.log(`sources.list, 100 sources: ${(JSON.stringify(sourcesPage).length / 1024).toFixed(0)} KB of JSON`);
    const busiest = library.db.prepare('SELECT lesson_id, count(*) AS n FROM evidence GROUP BY lesson_id ORDER BY n DESC LIMIT 1').get() as { lesson_id: string; n: number };
    let evidenceRows = 0;
    after = undefined;
    const evidenceStarted = performance.now();
    do {
      const page = (await call(library, 'quotes.list', { lessonId: busiest.lesson_id, sort: 'dateSaid', limit: 200, ...(after ? { after } : {}) })) as { items: unknown[]; next: string | null };
      evidenceRows += page.items.length;
      after = page.next ?? undefined;
    } while (after);
    console.log(`a lesson with ${busiest.n} quotes: all ${evidenceRows} listed in ${ms(performance.now() - evidenceStarted)}`);

    const collectionId = library.db.prepare('SELECT id FROM collections ORDER BY created_at LIMIT 1').pluck().get() as string;
    const size = library.db.prepare('SELECT count(*) FROM collection_items WHERE collection_id = ?').pluck().get(collectionId) as number;
    const figures: string[] = [];
    for (const format of EXPORT_FORMATS) {
      const started = performance.now();
      const file = await exportCollection(library.db, collectionId, format);
      figures.push(`${format} ${ms(performance.now() - started)} (${mb(file.bytes.length)})`);
    }
    console.log(`export of a ${size.toLocaleString('en')}-quote collection: ${figures.join(', ')}`);
    library.close();
    await measureHostWhileBusy(dir, collectionId);
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}
