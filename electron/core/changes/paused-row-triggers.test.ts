import { describe, expect, it } from 'vitest';
import { renderBundle } from '../export/bundle';
import type { TestLibrary } from '../test-support/temp-library';
import { twoLibrariesPerTest } from '../test-support/two-libraries';
import { withRowTriggersPaused } from './paused-row-triggers';

let a: TestLibrary;
let b: TestLibrary;
twoLibrariesPerTest((first, second) => ([a, b] = [first, second]));

const triggers = (lib: TestLibrary) => lib.library.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
const rows = (lib: TestLibrary, table: string) => lib.library.db.prepare(`SELECT kind, id FROM ${table} ORDER BY kind, id`).all() as { kind: string; id: string }[];

describe('a bulk write with the row triggers set aside', () => {
  it('queues every imported item for the search index and the team outbox, as the triggers would, and leaves the triggers as they were', async () => {
    await a.call('library.loadExample', {});
    const [collection] = (await a.call('collections.list', {})).items;
    const json = renderBundle(a.library.db, collection?.id ?? '');
    const bundle = JSON.parse(json) as { quotes: { id: string; text: string }[]; lessons: { id: string }[] };
    b.library.changes.drain();
    const before = triggers(b);
    b.library.db.exec('DELETE FROM sync_outbox');

    await b.call('bundles.import', { json });
    expect(triggers(b)).toEqual(before);
    const outbox = rows(b, 'sync_outbox');
    for (const quote of bundle.quotes) expect(outbox).toContainEqual({ kind: 'quote', id: quote.id });
    for (const lesson of bundle.lessons) expect(outbox).toContainEqual({ kind: 'lesson', id: lesson.id });
    // The change queue was drained into the search index: the imported quotes are found.
    const quote = bundle.quotes[0];
    const hits = await b.call('search.query', { text: quote?.text.split(' ').slice(0, 4).join(' ') ?? '', kinds: ['quote'], limit: 10 });
    expect(hits.hits.map((h) => h.id)).toContain(quote?.id);

    // After the import, the triggers work as before: an edit is queued again.
    b.library.db.exec('DELETE FROM sync_outbox');
    await b.call('quotes.update', { id: quote?.id ?? '', annotation: 'Later nagelezen.' });
    expect(rows(b, 'sync_outbox')).toEqual([{ kind: 'quote', id: quote?.id }]);
  });

  it('rolls back to the triggers as they were when the write fails', () => {
    const db = b.library.db;
    const before = triggers(b);
    expect(() =>
      db.transaction(() =>
        withRowTriggersPaused(db, () => {
          throw new Error('halverwege mislukt');
        }),
      )(),
    ).toThrow('halverwege mislukt');
    expect(triggers(b)).toEqual(before);
    expect(before.length).toBeGreaterThan(50);
  });
});
