import Fuse from 'fuse.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalize } from '../shared/text/normalize';
import { openConnection } from '../electron/core/db/connection';
import { migrations } from '../electron/core/db/migrations';
import { type SearchDoc, SearchIndex } from '../electron/core/search/search-index';
import { type BenchQuery, benchQueries, isHit } from './search-queries';
import { fts5Trigram, miniSearch } from './search-peers';
import { heapUsed, mb, ms, percentile, time } from './stats';
import { syntheticLibrary } from './synthetic-library';

interface EngineFigures {
  median: number;
  p95: number;
  hit: number;
  typoHit: number;
  queries: number;
}

function measure(queries: readonly BenchQuery[], run: (text: string) => { title: string; body: string }[]): EngineFigures {
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

const row = (name: string, f: EngineFigures) => `| ${name} | ${f.queries} | ${ms(f.median)} | ${ms(f.p95)} | ${f.hit.toFixed(3)} | ${f.typoHit.toFixed(3)} |`;

/**
 * Search at life scale: our index written into a real library file (as the app keeps it), a
 * cold open of that file (nothing rebuilt: only the vocabulary is read), then the same queries
 * against our index, FTS5 trigram with a typo fallback, MiniSearch and plain fuse.js.
 */
export function runSearchBench(quoteCount: number, fuseQueryCount: number): void {
  console.log(`\n## Search at ${quoteCount.toLocaleString('en')} quotes`);
  const library = syntheticLibrary(quoteCount);
  const docs = library.docs;
  const queries = benchQueries(docs, 300);
  const dir = mkdtempSync(join(tmpdir(), 'wg-search-bench-'));
  try {
    const file = join(dir, 'bench.sqlite');
    let db = openConnection(file);
    for (const migration of migrations) migration.up(db);
    const writer = new SearchIndex(db);
    const build = time(() => db.transaction(() => docs.forEach((d) => writer.upsert(d)))());
    db.close();

    // Cold: a new process opening the library and answering its first query.
    const before = heapUsed();
    db = openConnection(file);
    const first = time(() => {
      const index = new SearchIndex(db);
      index.search({ text: 'wijkaanpak', limit: 10 });
      return index;
    });
    const index = first.value;
    const memory = heapUsed() - before;
    console.log(`documents ${docs.length.toLocaleString('en')}, distinct words ${index.vocabulary.size.toLocaleString('en')}`);
    console.log(`index written to the library file ${ms(build.ms)} (once, incrementally in the app); cold open to first answer ${ms(first.ms)}, memory after ${mb(memory)}`);

    const byKey = new Map(docs.map((d) => [`${d.kind}:${d.id}`, d]));
    const ours = (text: string) => index.search({ text, limit: 10 }).hits.map((h) => byKey.get(`${h.kind}:${h.id}`) as SearchDoc);

    const peerDb = openConnection(':memory:');
    const trigramBuild = time(() => fts5Trigram(peerDb, docs));
    const miniBuild = time(() => miniSearch(docs));
    const normalised = docs.map((d) => ({ doc: d, title: normalize(d.title), body: normalize(d.body) }));
    const fuseBuild = time(() => new Fuse(normalised, { keys: [{ name: 'title', weight: 2 }, 'body'], ignoreLocation: true, threshold: 0.6 }));
    const plain = (text: string) => fuseBuild.value.search(normalize(text), { limit: 10 }).map((r) => r.item.doc);
    console.log(`peer builds (in memory): FTS5 trigram ${ms(trigramBuild.ms)}, MiniSearch ${ms(miniBuild.ms)}, fuse.js ${ms(fuseBuild.ms)}`);

    const shapes = (['word', 'phrase', 'title'] as const).map((s) => `${s} ${queries.filter((q) => q.shape === s).length}`).join(', ');
    console.log(`queries: ${shapes}; typos in ${queries.filter((q) => q.typo).length}`);
    const all = measure(queries, ours);
    const trigram = measure(queries, trigramBuild.value);
    const mini = measure(queries, miniBuild.value);
    const subset = queries.slice(0, fuseQueryCount);
    const oursSubset = measure(subset, ours);
    const fuseSubset = measure(subset, plain);
    console.log('| engine | queries | median | p95 | hit@10 | typo hit@10 |');
    console.log('|---|---|---|---|---|---|');
    console.log(row('Wijkgeheugen (vocabulary recall, FTS5 postings, fuse.js ranking)', all));
    console.log(row('SQLite FTS5 trigram + typo fallback', trigram));
    console.log(row('MiniSearch fuzzy 0.2 + prefix', mini));
    console.log(row('Wijkgeheugen, same queries as fuse.js', oursSubset));
    console.log(row('plain fuse.js', fuseSubset));
    console.log(
      `ratios on the same queries: FTS5 trigram / ours p95 ${(trigram.p95 / all.p95).toFixed(1)}x, MiniSearch / ours p95 ${(mini.p95 / all.p95).toFixed(1)}x, ` +
        `plain fuse.js / ours median ${(fuseSubset.median / oursSubset.median).toFixed(0)}x`,
    );
    db.close();
    peerDb.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
