import Fuse from 'fuse.js';
import { normalize } from '../shared/text/normalize';
import { setConceptsEnabled } from '../electron/core/linking/dutch-text';
import { LinkingIndex } from '../electron/core/linking/linking-index';
import { LINKING_FIXTURE } from '../shared/example/wijkaanpak-lessons';
import { HELD_OUT } from '../shared/example/wijkaanpak-heldout';
import { heapUsed, mb, ms, percentile, time } from './stats';
import { syntheticLibrary } from './synthetic-library';

/** "Heard this before" latency at scale: lesson suggestions plus similar earlier quotes. */
export function runHeardBeforeBench(quoteCount: number, fuseQueries: number): void {
  console.log(`\n## "Eerder gehoord" at ${quoteCount.toLocaleString('en')} quotes`);
  const library = syntheticLibrary(quoteCount);
  const before = heapUsed();
  const index = new LinkingIndex();
  const build = time(() => {
    for (const l of library.lessons) index.upsertLesson({ ...l, summary: '' });
    for (const q of library.quotes) index.upsertQuote({ id: q.id, text: q.text, sourceId: `source-${q.id}`, speakerId: q.personId, dateSaid: q.date, lessonIds: q.lessonIds });
  });
  console.log(`linking index build ${ms(build.ms)}, memory ${mb(heapUsed() - before)}`);
  const sample = library.quotes.filter((_, i) => i % Math.floor(quoteCount / 200) === 0).slice(0, 200);
  const times: number[] = [];
  for (const q of sample) {
    const { ms: took } = time(() => {
      index.suggestLessons(q.text, 5);
      index.similarQuotes(q.text, { limit: 5, excludeQuoteId: q.id, speakerId: q.personId });
    });
    times.push(took);
  }
  // Plain fuse.js: the passage as the pattern over every quote, and over the lesson titles.
  const fuse = new Fuse(library.quotes.map((q) => ({ id: q.id, text: normalize(q.text) })), { keys: ['text'], ignoreLocation: true, threshold: 0.6 });
  const titles = new Fuse(library.lessons, { keys: ['title'], ignoreLocation: true, threshold: 0.6 });
  const fuseTimes: number[] = [];
  for (const q of sample.slice(0, fuseQueries)) {
    fuseTimes.push(time(() => {
      titles.search(normalize(q.text), { limit: 5 });
      fuse.search(normalize(q.text), { limit: 5 });
    }).ms);
  }
  console.log('| engine | passages | median | p95 |');
  console.log('|---|---|---|---|');
  console.log(`| Wijkgeheugen (stems + n-grams + concepts) | ${times.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`);
  console.log(`| plain fuse.js (passage as pattern) | ${fuseTimes.length} | ${ms(percentile(fuseTimes, 50))} | ${ms(percentile(fuseTimes, 95))} |`);
  console.log(`ratio plain fuse.js / ours: median ${(percentile(fuseTimes, 50) / percentile(times, 50)).toFixed(0)}x`);
}

interface Recall {
  at1: number;
  at3: number;
  n: number;
}

function score(rank: (text: string) => string[], cases: { text: string; lessonId: string }[]): Recall {
  let at1 = 0;
  let at3 = 0;
  for (const c of cases) {
    const top = rank(c.text).slice(0, 3);
    if (top[0] === c.lessonId) at1++;
    if (top.includes(c.lessonId)) at3++;
  }
  return { at1: at1 / cases.length, at3: at3 / cases.length, n: cases.length };
}

/** Linking quality on our labelled fixture, beside plain fuse.js on the lesson titles. */
export function runLinkingQualityBench(): void {
  console.log('\n## Linking quality (labelled fixture: 12 lessons, 48 statements + 24 held out)');
  const cases = LINKING_FIXTURE.flatMap((l) => l.statements.map((text) => ({ text, lessonId: l.id })));
  const heldOut = Object.entries(HELD_OUT).flatMap(([lessonId, list]) => list.map((text) => ({ text, lessonId })));
  const build = () => {
    const index = new LinkingIndex();
    for (const l of LINKING_FIXTURE) index.upsertLesson({ id: l.id, title: l.title, aliases: l.aliases, summary: l.summary });
    LINKING_FIXTURE.forEach((l, i) =>
      l.linked.forEach((text, j) => index.upsertQuote({ id: `${i}-${j}`, text, sourceId: `s${i}-${j}`, speakerId: null, dateSaid: null, lessonIds: [l.id] })),
    );
    return (text: string) => index.suggestLessons(text, 3).map((s) => s.lessonId);
  };
  const ours = build();
  setConceptsEnabled(false);
  const withoutConcepts = build();
  const oursNoConcepts = { fixture: score(withoutConcepts, cases), heldOut: score(withoutConcepts, heldOut) };
  setConceptsEnabled(true);
  const fuse = new Fuse(LINKING_FIXTURE.map((l) => ({ id: l.id, title: normalize(l.title) })), { keys: ['title'], ignoreLocation: true, threshold: 1, includeScore: true });
  const baseline = (text: string) => fuse.search(normalize(text)).map((r) => r.item.id);
  const rows: [string, Recall, Recall][] = [
    ['Wijkgeheugen', score(ours, cases), score(ours, heldOut)],
    ['Wijkgeheugen without domain concepts', oursNoConcepts.fixture, oursNoConcepts.heldOut],
    ['plain fuse.js on lesson titles', score(baseline, cases), score(baseline, heldOut)],
  ];
  console.log('| method | recall@1 | recall@3 | held out recall@1 | held out recall@3 |');
  console.log('|---|---|---|---|---|');
  for (const [name, a, b] of rows) console.log(`| ${name} | ${a.at1.toFixed(3)} | ${a.at3.toFixed(3)} | ${b.at1.toFixed(3)} | ${b.at3.toFixed(3)} |`);
}
