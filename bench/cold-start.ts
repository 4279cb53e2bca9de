import { dispatch } from '../electron/core/dispatch';
import { openLibrary } from '../electron/core/library/library';

/**
 * A cold start as the server or CLI has it: a new process opens the library and answers the
 * first list page and the first search. Prints JSON with the times since the process began.
 */
const dir = process.argv[2];
if (!dir) throw new Error('usage: cold-start.ts LIBRARY_DIR');
const sinceStart = () => performance.now();
const beforeOpen = sinceStart();
const library = await openLibrary(dir);
const opened = sinceStart();
const list = await dispatch(library, 'quotes.list', { sort: 'dateSaid', direction: 'desc', limit: 200 });
const firstRows = sinceStart();
const search = await dispatch(library, 'search.query', { text: 'wijkaanpak', limit: 10 });
const firstSearch = sinceStart();
const keys: number[] = [];
for (const text of ['b', 'be', 'bew', 'bewo', 'bewon', 'bewone', 'bewoner']) {
  const started = sinceStart();
  await dispatch(library, 'search.query', { text, limit: 10 });
  keys.push(sinceStart() - started);
}
library.close();
process.stdout.write(
  `${JSON.stringify({
    ok: list.ok && search.ok,
    processToImportDone: beforeOpen,
    openMs: opened - beforeOpen,
    firstRowsMs: firstRows - opened,
    firstSearchMs: firstSearch - firstRows,
    keystrokesMs: keys,
    rssMb: process.memoryUsage().rss / 1024 / 1024,
  })}\n`,
);
