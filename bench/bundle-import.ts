import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importBundleStream } from '../electron/core/bundle/import-bundle';
import { type Library, openLibrary } from '../electron/core/library/library';
import { dispatch } from '../electron/core/dispatch';
import type { ImportReport } from '../shared/api/bundle';
import type { ChannelName } from '../shared/api/channel-names';
import type { Input, Output } from '../shared/api/contract';
import { UPLOAD_PART_BYTES } from '../shared/api/uploads';

/**
 * `npm run -s bench:bundle -- --bundle FILE`: imports a bundle (as the CLI does, streamed from
 * the file) into a fresh library and prints the time, the peak RSS and the longest event-loop
 * delay. A bundle of 100,000 quotes: export the collection of all quotes of a library made with
 * `bench:library` (`npm run cli -- --library DIR export --collection ID --format json --out FILE`).
 * With `--upload` it goes the app's way instead: through the API, sent in 8 MB parts
 * (uploads.append), then read from the library's scratch folder (bundles.import with its uploadId).
 */
const { values } = parseArgs({ options: { bundle: { type: 'string' }, upload: { type: 'boolean' } } });
if (!values.bundle) {
  process.stderr.write('Gebruik: npm run -s bench:bundle -- --bundle BUNDEL.json\n');
  process.exit(2);
}
/** The app's way: parts of 8 MB through dispatch, as the window sends them, then the import of the upload. */
async function importThroughApi(library: Library, file: string): Promise<ImportReport> {
  const call = async <C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await dispatch(library, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Output<C>;
  };
  let uploadId: string | undefined;
  for await (const part of createReadStream(file, { highWaterMark: UPLOAD_PART_BYTES })) {
    ({ uploadId } = await call('uploads.append', { ...(uploadId ? { uploadId } : {}), dataBase64: (part as Buffer).toString('base64') }));
  }
  return call('bundles.import', { uploadId: uploadId as string, fileName: file });
}

const dir = mkdtempSync(join(tmpdir(), 'wg-bundle-bench-'));
try {
  const library = await openLibrary(dir);
  let peak = process.memoryUsage().rss;
  // The longest wait between two ticks of a 10 ms timer, the last wait (up to the end) included:
  // perf_hooks' delay histogram drops a single block of many seconds, which is what matters here.
  let lastTick = performance.now();
  let longestWait = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    longestWait = Math.max(longestWait, now - lastTick);
    lastTick = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  const report = values.upload ? await importThroughApi(library, values.bundle) : await importBundleStream(library.db, createReadStream(values.bundle, { highWaterMark: 1 << 20 }), values.bundle);
  const seconds = (performance.now() - started) / 1000;
  longestWait = Math.max(longestWait, performance.now() - lastTick);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  library.close();
  const mb = statSync(values.bundle).size / 1e6;
  process.stdout.write(
    `${JSON.stringify({ way: values.upload ? 'app: API, 8 MB parts' : 'CLI: file stream', bundleMB: +mb.toFixed(0), added: report.added, conflicts: report.conflicts.length, seconds: +seconds.toFixed(1), mbPerSecond: +(mb / seconds).toFixed(0), peakRssMB: Math.round(peak / 1e6), longestEventLoopWaitMs: Math.round(longestWait) })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
