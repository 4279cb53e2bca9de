import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { importBundleStream } from '../electron/core/bundle/import-bundle';
import { openLibrary } from '../electron/core/library/library';

/**
 * `npm run -s bench:bundle -- --bundle FILE`: imports a bundle (as the CLI does, streamed from
 * the file) into a fresh library and prints the time, the peak RSS and the longest event-loop
 * delay. A bundle of 100,000 quotes: export the collection of all quotes of a library made with
 * `bench:library` (`npm run cli -- --library DIR export --collection ID --format json --out FILE`).
 */
const { values } = parseArgs({ options: { bundle: { type: 'string' } } });
if (!values.bundle) {
  process.stderr.write('Gebruik: npm run -s bench:bundle -- --bundle BUNDEL.json\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'wg-bundle-bench-'));
try {
  const library = await openLibrary(dir);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const report = await importBundleStream(library.db, createReadStream(values.bundle, { highWaterMark: 1 << 20 }), values.bundle);
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  library.close();
  const mb = statSync(values.bundle).size / 1e6;
  process.stdout.write(
    `${JSON.stringify({ bundleMB: +mb.toFixed(0), added: report.added, conflicts: report.conflicts.length, seconds: +seconds.toFixed(1), mbPerSecond: +(mb / seconds).toFixed(0), peakRssMB: Math.round(peak / 1e6), maxEventLoopDelayMs: Math.round(delay.max / 1e6) })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
