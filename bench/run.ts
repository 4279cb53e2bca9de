import { runHeardBeforeBench, runLinkingQualityBench } from './linking.bench';
import { runLibraryBuildBench } from './library-build.bench';
import { runLifeScaleBench } from './life-scale.bench';
import { runSearchBench } from './search.bench';

/**
 * `npm run bench`: prints figures measured in this run; nothing here asserts a time.
 * Plain fuse.js takes seconds per query at 100k, so it answers a subset of the queries there;
 * ours is reported both on all queries and on that same subset.
 * WG_BENCH_SIZES=10000 limits the sizes; WG_BENCH=search,heard,life,startup,linking picks the parts;
 * WG_BENCH_LIBRARY=DIR runs the life-scale part on a library made by `npm run bench:library`.
 */
const sizes = (process.env.WG_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const parts = new Set((process.env.WG_BENCH ?? 'search,heard,life,startup,linking').split(','));
console.log(`# Wijkgeheugen bench — ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}`);
for (const size of sizes) {
  if (parts.has('search')) runSearchBench(size, size >= 50_000 ? 60 : 200);
  if (parts.has('heard')) await runHeardBeforeBench(size, size >= 50_000 ? 2 : 5);
  if (parts.has('life')) await runLifeScaleBench(size);
  if (parts.has('startup')) await runLibraryBuildBench(size);
}
if (parts.has('linking')) await runLinkingQualityBench();
