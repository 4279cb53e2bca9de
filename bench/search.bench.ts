import Fuse from 'fuse.js';
import { normalize } from '../shared/text/normalize';
import { type SearchDoc, SearchIndex } from '../electron/core/search/search-index';
import { benchQueries, isHit } from './search-queries';
import { heapUsed, mb, ms, percentile, time } from './stats';
import { syntheticLibrary } from './synthetic-library';

interface EngineFigures {
  median: number;
  p95: number;
  hit: number;
  typoHit: number;
  queries: number;
}

function measure(queries: ReturnType<typeof benchQueries>, run: (text: string) => { title: string; body: string }[]): EngineFigures {
  const times: number[] = [];
  let hits = 0;
  let typoHits = 0;
  let typos = 0;
  for (const q of queries) {
    const { value, ms: took } = time(() => run(q.text));
    times.push(took);
    const hit = isHit(value.slice(0, 10), q.intended);
    if (hit) hits++;
    if (q.typo) {
      typos++;
      if (hit) typoHits++;
    }
  }
  return { median: percentile(times, 50), p95: percentile(times, 95), hit: hits / queries.length, typoHit: typoHits / Math.max(1, typos), queries: queries.length };
}

export function runSearchBench(quoteCount: number, fuseQueryCount: number): void {
  console.log(`\n## Search at ${quoteCount.toLocaleString('en')} quotes`);
  const library = syntheticLibrary(quoteCount);
  const docs = library.docs;
  const queries = benchQueries(docs, 300);

  const before = heapUsed();
  const index = new SearchIndex();
  const build = time(() => docs.forEach((d) => index.upsert(d)));
  const memory = heapUsed() - before;
  console.log(`documents ${docs.length.toLocaleString('en')}, distinct words ${index.vocabulary.size.toLocaleString('en')}`);
  console.log(`index build ${ms(build.ms)}, index memory ${mb(memory)}`);

  const byKey = new Map(docs.map((d) => [`${d.kind}:${d.id}`, d]));
  const ours = (text: string) => index.search({ text, limit: 10 }).hits.map((h) => byKey.get(`${h.kind}:${h.id}`) as SearchDoc);

  // Plain fuse.js over the same documents, fields normalised in advance (its best case).
  const normalised = docs.map((d) => ({ doc: d, title: normalize(d.title), body: normalize(d.body) }));
  const fuseBuild = time(() => new Fuse(normalised, { keys: [{ name: 'title', weight: 2 }, 'body'], ignoreLocation: true, threshold: 0.6 }));
  const fuse = fuseBuild.value;
  const plain = (text: string) => fuse.search(normalize(text), { limit: 10 }).map((r) => r.item.doc);
  console.log(`plain fuse.js build ${ms(fuseBuild.ms)}`);

  const all = measure(queries, ours);
  const subset = queries.slice(0, fuseQueryCount);
  const oursSubset = measure(subset, ours);
  const fuseSubset = measure(subset, plain);
  const row = (name: string, f: EngineFigures) =>
    `| ${name} | ${f.queries} | ${ms(f.median)} | ${ms(f.p95)} | ${f.hit.toFixed(3)} | ${f.typoHit.toFixed(3)} |`;
  console.log('| engine | queries | median | p95 | hit@10 | typo hit@10 |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('Wijkgeheugen (recall + fuse.js)', all));
  console.log(row('Wijkgeheugen, same queries as fuse.js', oursSubset));
  console.log(row('plain fuse.js', fuseSubset));
  console.log(
    `ratio plain fuse.js / ours on the same queries: median ${(fuseSubset.median / oursSubset.median).toFixed(0)}x, p95 ${(fuseSubset.p95 / oursSubset.p95).toFixed(0)}x; ` +
      `typo hit@10 ours ${oursSubset.typoHit.toFixed(3)} vs fuse.js ${fuseSubset.typoHit.toFixed(3)}`,
  );
}
