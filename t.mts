import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestLibrary } from './electron/core/test-support/temp-library';
import { loadExampleLibrary } from './electron/core/example/load-example';
import { writeProjectFile } from './electron/core/refi/project-export';
import { mapProject } from './electron/core/refi/project-import';
import { readProjectArchive } from './electron/core/refi/read-project-archive';
import { importProject } from './electron/core/refi/import-project';
import { canonicalJson } from './shared/text/canonical-json';
import { getSource } from './electron/core/sources/store';
import { getQuote } from './electron/core/quotes/store';
import { getNote } from './electron/core/notes/store';
import { getPerson } from './electron/core/people/store';
const t = await openTestLibrary();
loadExampleLibrary(t.library);
const path = join(t.dir, 'x.qdpx');
await writeProjectFile(t.library.db, path, { researcher: 'x', originalsDir: t.library.originalsDir });
const bytes = readFileSync(path);
const u = await openTestLibrary();
console.log(await importProject(u.library, 'x.qdpx', bytes).then(r => r.added));
const m = mapProject(await readProjectArchive(bytes, 'x'), 'x');
const DERIVED = new Set(['updatedAt', 'quoteCount', 'evidenceCount', 'original', 'plainText', 'links']);
const content = (value: object): string => canonicalJson(value, (key, v) => (DERIVED.has(key) ? undefined : v));
for (const s of m.set.sources) { const l = getSource(u.library.db, s.id)!; if (content(l) !== content(s)) console.log('source', content(l).slice(0,300), '\n', content(s).slice(0,300)); }
for (const s of m.set.people) { const l = getPerson(u.library.db, s.id)!; if (content(l) !== content(s)) console.log('person', content(l), '\n', content(s)); }
for (const s of m.set.quotes) { const l = getQuote(u.library.db, s.id)!; if (content(l) !== content(s)) { console.log('quote', content(l), '\n', content(s)); break; } }
for (const s of m.set.notes) { const l = getNote(u.library.db, s.id)!; if (content(l) !== content(s)) { console.log('note', content(l), '\n', content(s)); break; } }
try { await importProject(u.library, 'x.qdpx', bytes); } catch (e) { console.log((e as Error).stack?.split('\n').slice(0, 12).join('\n')); }
