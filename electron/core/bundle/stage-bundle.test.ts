import { writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBundle } from '../export/bundle';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { twoLibrariesPerTest } from '../test-support/two-libraries';
import { importBundleStream } from './import-bundle';

let a: TestLibrary;
let b: TestLibrary;
twoLibrariesPerTest((first, second) => ([a, b] = [first, second]));

async function exampleBundle(): Promise<string> {
  await a.call('library.loadExample', {});
  const [collection] = (await a.call('collections.list', {})).items;
  return renderBundle(a.library.db, collection?.id ?? '');
}

/** The bytes of a text in pieces of `size`, so that pieces split keys, strings and multi-byte letters. */
function* pieces(text: string, size: number): Generator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const staged = (lib: TestLibrary) => lib.library.db.prepare('SELECT COUNT(*) FROM temp.bundle_stage').pluck().get() as number;

describe('a bundle read as it streams', () => {
  it('imports the same from a file, from 7-byte pieces (split inside letters like ö) and from one string', async () => {
    const bundle = JSON.parse(await exampleBundle()) as { collection: { title: string } };
    bundle.collection.title = `Coördinatie – ${bundle.collection.title} 🏘️`;
    const json = JSON.stringify(bundle, null, 2);
    const file = join(b.dir, 'bundel.json');
    writeFileSync(file, json);
    const fromFile = await importBundleStream(b.library.db, createReadStream(file, { highWaterMark: 4096 }), 'bundel.json');
    expect(fromFile.added).toBeGreaterThan(50);
    expect(fromFile.conflicts).toEqual([]);
    const [collection] = (await b.call('collections.list', {})).items;
    expect(collection?.title).toMatch(/^Coördinatie – .* 🏘️$/);

    const c = await openTestLibrary();
    try {
      const fromPieces = await importBundleStream(c.library.db, pieces(json, 7));
      expect(fromPieces).toEqual(fromFile);
      expect(await c.call('library.stats', {})).toEqual(await b.call('library.stats', {}));
    } finally {
      c.cleanup();
    }
    expect(staged(b)).toBe(0);
  });

  it('does not depend on the order of the fields: quotes before the lessons and labels they name still link to them', async () => {
    const good = JSON.parse(await exampleBundle()) as Record<string, unknown>;
    const reordered = Object.fromEntries(['quotes', 'notes', 'collection', 'sources', 'tags', 'lessons', 'people', 'exportedAt', 'version', 'format'].map((k) => [k, good[k]]));
    await importBundleStream(b.library.db, [JSON.stringify(reordered)]);
    const quotes = good.quotes as { id: string; lessons: unknown[]; tagIds: string[] }[];
    for (const quote of quotes) {
      const stored = await b.call('quotes.get', { id: quote.id });
      expect(stored.lessons).toEqual(quote.lessons);
      expect(stored.tagIds).toEqual(quote.tagIds);
    }
  });

  it('refuses the whole bundle when an item near its end is wrong, or a list is missing, and keeps nothing of it', async () => {
    const good = JSON.parse(await exampleBundle()) as { quotes: { text: unknown }[] } & Record<string, unknown>;
    const lastQuoteBad = { ...good, quotes: good.quotes.map((q, i) => (i === good.quotes.length - 1 ? { ...q, text: 7 } : q)) };
    const before = await b.call('library.stats', {});
    await expect(importBundleStream(b.library.db, pieces(JSON.stringify(lastQuoteBad), 1000))).rejects.toThrow(new RegExp(`quotes\\.${good.quotes.length - 1}\\.text`));
    const { notes: _notes, ...withoutNotes } = good;
    await expect(importBundleStream(b.library.db, [JSON.stringify(withoutNotes)])).rejects.toThrow(/notes ontbreekt/);
    await expect(importBundleStream(b.library.db, [JSON.stringify({ ...good, extra: 1 })])).rejects.toThrow(/onbekend veld extra/);
    await expect(importBundleStream(b.library.db, pieces(JSON.stringify(good).slice(0, -40), 500))).rejects.toThrow(/geen geldige JSON/);
    expect(await b.call('library.stats', {})).toEqual(before);
    expect(staged(b)).toBe(0);
  });
});
