import { rmSync } from 'node:fs';
import Fuse from 'fuse.js';
import { dispatch } from '../electron/core/dispatch';
import { openLibrary } from '../electron/core/library/library';
import { generateLibrary } from '../electron/core/test-support/generate-library';
import { tempDir } from '../electron/core/test-support/temp-library';
import { normalize } from '../shared/text/normalize';
import { DEVELOPMENT_SET, DEVELOPMENT_SET_SPARSE } from './linking-sets/development';
import { FROZEN_SET } from './linking-sets/frozen-2026-11';
import { FROZEN_SET_B } from './linking-sets/frozen-2026-11-b';
import { FROZEN_SET_C } from './linking-sets/frozen-2026-11-c';
import { formatScore, type LabelledSet, replayFts5, replayFuse, replayOurs } from './linking-replay';
import { mb, ms, percentile, time } from './stats';

async function call(library: Awaited<ReturnType<typeof openLibrary>>, channel: 'linking.suggest' | 'quotes.update', input: unknown): Promise<unknown> {
  const result = await dispatch(library, channel, input as never);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/**
 * "Eerder gehoord" at scale, on a generated library file: the first answer after opening it
 * (nothing is rebuilt: terms are stored), then 200 answers for existing quotes, and the cost of
 * a link (the lesson's model is read again). Beside it: plain fuse.js with the passage as pattern.
 */
export async function runHeardBeforeBench(quoteCount: number, fuseQueries: number): Promise<void> {
  console.log(`\n## "Eerder gehoord" at ${quoteCount.toLocaleString('en')} quotes`);
  const dir = tempDir('wg-bench-heard-');
  try {
    const generated = await generateLibrary(dir, quoteCount);
    console.log(`library written in ${ms(generated.writeMs)}, index and linking terms in ${ms(generated.indexMs)} (once, in steps in the app)`);
    generated.library.close();
    const rssBefore = process.memoryUsage().rss;
    const opened = time(() => openLibrary(dir));
    const library = await opened.value;
    const sample = library.db.prepare('SELECT id, text FROM quotes WHERE deleted_at IS NULL ORDER BY rowid LIMIT 200 OFFSET 1000').all() as { id: string; text: string }[];
    const first = performance.now();
    await call(library, 'linking.suggest', { text: sample[0]?.text ?? 'wijk', quoteId: sample[0]?.id, limit: 5 });
    console.log(`first answer after opening: ${ms(performance.now() - first)} (RSS +${mb(process.memoryUsage().rss - rssBefore)})`);
    const times: number[] = [];
    for (const q of sample) {
      const started = performance.now();
      await call(library, 'linking.suggest', { text: q.text, quoteId: q.id, limit: 5 });
      times.push(performance.now() - started);
    }
    const lessons = library.db.prepare('SELECT id FROM lessons WHERE deleted_at IS NULL').pluck().all() as string[];
    const linkTimes: number[] = [];
    // The model update alone: the linking service's share of the change feed (stored terms, then
    // the models of the lessons the quote left and joined), timed around its one entry point.
    const modelTimes: number[] = [];
    const apply = library.linking.apply.bind(library.linking);
    library.linking.apply = (items) => {
      const started = performance.now();
      apply(items);
      modelTimes.push(performance.now() - started);
    };
    for (const [i, q] of sample.slice(0, 20).entries()) {
      const started = performance.now();
      await call(library, 'quotes.update', { id: q.id, lessons: [{ lessonId: lessons[i % lessons.length] }] });
      linkTimes.push(performance.now() - started);
    }
    const fuse = new Fuse((library.db.prepare('SELECT id, text FROM quotes').all() as { id: string; text: string }[]).map((q) => ({ id: q.id, text: normalize(q.text) })), { keys: ['text'], ignoreLocation: true, threshold: 0.6 });
    const fuseTimes = sample.slice(0, fuseQueries).map((q) => time(() => fuse.search(normalize(q.text), { limit: 5 })).ms);
    console.log('| what | n | median | p95 |');
    console.log('|---|---|---|---|');
    console.log(`| Wijkgeheugen: lessons + similar quotes (API call) | ${times.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`);
    console.log(`| link a quote to a lesson (API call, model updated) | ${linkTimes.length} | ${ms(percentile(linkTimes, 50))} | ${ms(percentile(linkTimes, 95))} |`);
    console.log(`| of which: updating the lessons' models (linking.apply) | ${modelTimes.length} | ${ms(percentile(modelTimes, 50))} | ${ms(percentile(modelTimes, 95))} |`);
    console.log(`| plain fuse.js, passage as pattern over all quotes | ${fuseTimes.length} | ${ms(percentile(fuseTimes, 50))} | ${ms(percentile(fuseTimes, 95))} |`);
    library.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Linking quality as a researcher's session replays it (suggest, then link, in date order).
 * The headline is the third frozen split, written after version 4 froze. The first two were
 * written after versions 2 and 3 froze; what they showed led to the next version, so they are
 * development sets now, as is the example library's split the method was first tuned on.
 */
export async function runLinkingQualityBench(): Promise<void> {
  console.log('\n## "Eerder gehoord" replay: recall@1, recall@3, MRR and how often the panel says it is unsure');
  console.log('| split | method | quotes whose lesson has evidence: n, r@1, r@3, MRR, unsure | first quotes of a lesson: n, r@1, r@3, MRR, unsure |');
  console.log('|---|---|---|---|');
  const sets: LabelledSet[] = [FROZEN_SET_C, FROZEN_SET_B, FROZEN_SET, DEVELOPMENT_SET_SPARSE, DEVELOPMENT_SET];
  for (const set of sets) {
    for (const [name, run] of [
      ['Wijkgeheugen', replayOurs],
      ['SQLite FTS5 BM25 (description + evidence)', replayFts5],
      ['plain fuse.js (titles + aliases)', replayFuse],
    ] as const) {
      const r = await run(set);
      console.log(`| ${set.name} | ${name} | ${formatScore(r.withEvidence)} | ${formatScore(r.first)} |`);
    }
  }
}
