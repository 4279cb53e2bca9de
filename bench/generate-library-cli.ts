import { parseArgs } from 'node:util';
import { generateLibrary } from '../electron/core/test-support/generate-library';

/** `npm run -s bench:library -- --library DIR --quotes N [--seed S]`: writes a synthetic library for benches and tests. */
const { values } = parseArgs({ options: { library: { type: 'string' }, quotes: { type: 'string', default: '100000' }, seed: { type: 'string', default: '42' }, 'source-words': { type: 'string' } } });
if (!values.library) {
  process.stderr.write('Gebruik: npm run -s bench:library -- --library MAP --quotes N [--seed S] [--source-words MIN-MAX]\n');
  process.exit(2);
}
const words = values['source-words']?.split('-').map(Number);
const result = await generateLibrary(values.library, Number(values.quotes), {
  seed: Number(values.seed),
  ...(words && words.length === 2 ? { sourceWords: [words[0] ?? 3000, words[1] ?? 15000] as [number, number] } : {}),
});
result.library.close();
process.stdout.write(
  `${JSON.stringify({ library: values.library, quotes: result.quotes, sources: result.sources, people: result.people, lessons: result.lessons, collectionId: result.collectionId, writeSeconds: +(result.writeMs / 1000).toFixed(1), indexSeconds: +(result.indexMs / 1000).toFixed(1) })}\n`,
);
