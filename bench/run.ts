import { runSearchBench } from './search.bench';

/**
 * `npm run bench`: prints figures measured in this run; nothing here asserts a time.
 * Plain fuse.js takes seconds per query at 100k, so it answers a subset of the queries there;
 * ours is reported both on all queries and on that same subset.
 */
const sizes = (process.env.WG_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
console.log(`# Wijkgeheugen bench — ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}`);
for (const size of sizes) runSearchBench(size, size >= 50_000 ? 60 : 200);
