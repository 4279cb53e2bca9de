import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { renderBundle } from '../export/bundle';
import type { TestLibrary } from '../test-support/temp-library';
import { twoLibrariesPerTest } from '../test-support/two-libraries';

let a: TestLibrary;
let b: TestLibrary;
twoLibrariesPerTest((first, second) => ([a, b] = [first, second]));

const withoutTime = (json: string) => json.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "-"');

async function exampleBundle(): Promise<{ json: string; collectionId: string }> {
  await a.call('library.loadExample', {});
  const [collection] = (await a.call('collections.list', {})).items;
  return { json: renderBundle(a.library.db, collection?.id ?? ''), collectionId: collection?.id ?? '' };
}

describe('bundles', () => {
  it('round-trips: export, import into an empty library, export again gives the same bundle', async () => {
    const { json, collectionId } = await exampleBundle();
    const report = await b.call('bundles.import', { json });
    expect(report.added).toBeGreaterThan(50);
    expect(report.conflicts).toEqual([]);
    const again = renderBundle(b.library.db, collectionId);
    expect(withoutTime(again)).toBe(withoutTime(json));
  });

  it('changes nothing when the same bundle is imported twice', async () => {
    const { json } = await exampleBundle();
    await b.call('bundles.import', { json });
    const stats = await b.call('library.stats', {});
    const second = await b.call('bundles.import', { json });
    expect(second).toMatchObject({ added: 0, updated: 0, conflicts: [] });
    expect(await b.call('library.stats', {})).toEqual(stats);
  });

  it('keeps the newer version of an item changed on both sides and reports it', async () => {
    const { json } = await exampleBundle();
    await b.call('bundles.import', { json });
    const lesson = JSON.parse(json).lessons[0];
    // Changed here earlier than there: the bundle's (newer) version wins.
    const bundle = JSON.parse(json);
    bundle.lessons[0] = { ...lesson, summary: 'Nieuwer, van de collega', updatedAt: '2999-01-01T00:00:00.000Z' };
    await b.call('lessons.update', { id: lesson.id, summary: 'Hier aangepast' });
    const report = await b.call('bundles.import', { json: JSON.stringify(bundle) });
    expect(report.conflicts).toEqual([{ kind: 'lesson', id: lesson.id, title: lesson.title, kept: 'bundle' }]);
    expect((await b.call('lessons.get', { id: lesson.id })).summary).toBe('Nieuwer, van de collega');
    // An older version in the bundle: the local one stays.
    bundle.lessons[0] = { ...lesson, summary: 'Oud', updatedAt: '2000-01-01T00:00:00.000Z' };
    const second = await b.call('bundles.import', { json: JSON.stringify(bundle) });
    expect(second.conflicts).toEqual([{ kind: 'lesson', id: lesson.id, title: lesson.title, kept: 'local' }]);
    expect((await b.call('lessons.get', { id: lesson.id })).summary).toBe('Nieuwer, van de collega');
  });

  it('refuses invalid and hostile bundles with a clear message and writes nothing', async () => {
    const { json } = await exampleBundle();
    const good = JSON.parse(json);
    const before = await b.call('library.stats', {});
    const cases: [string, string, RegExp][] = [
      ['bad JSON', '{"format": "wijkgeheugen-bundle",', /geen geldige JSON/],
      ['wrong format', JSON.stringify({ ...good, format: 'iets-anders' }), /geen Wijkgeheugen-bundel/],
      ['wrong version', JSON.stringify({ ...good, version: 2 }), /bundelversie/],
      ['wrong types', JSON.stringify({ ...good, people: [{ ...good.people[0], name: 42 }] }), /people\.0\.name/],
      ['unknown field', JSON.stringify({ ...good, lessons: [{ ...good.lessons[0], admin: true }] }), /geweigerd/],
      ['__proto__', json.replace('"format"', '"__proto__": {"polluted": true}, "format"'), /verboden veld \(__proto__\)/],
      ['giant string', JSON.stringify({ ...good, collection: { ...good.collection, title: 'x'.repeat(20_000_001) } }), /20\.000\.000 tekens/],
      ['dangling quote', JSON.stringify({ ...good, sources: [], quotes: good.quotes.slice(0, 1) }), /bron die niet/],
    ];
    for (const [name, text, message] of cases) {
      const result = await dispatch(b.library, 'bundles.import', { json: text });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message, name).toMatch(message);
    }
    expect(await b.call('library.stats', {})).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
