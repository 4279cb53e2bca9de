import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { openTestLibrary, type TestLibrary } from './test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const counts = async () => t.call('library.stats', {});
const missingId = '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

/** A Lexical-shaped document nested `depth` paragraphs deep. */
function deepDoc(depth: number): unknown {
  let node: unknown = { type: 'text', text: 'diep' };
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] };
  return { root: { type: 'root', children: [node] } };
}

describe('dispatch', () => {
  it('refuses deeply nested input with an answer (no stack overflow), writing nothing', async () => {
    const before = await counts();
    for (const depth of [700, 20_000]) {
      expect(await dispatch(t.library, 'notes.create', { title: 'Diep', doc: deepDoc(depth) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await dispatch(t.library, 'collections.create', { title: 'Diep', intro: deepDoc(depth) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await counts()).toEqual(before);
    expect(await dispatch(t.library, 'notes.create', { title: 'Ondiep', doc: deepDoc(3) })).toMatchObject({ ok: true });
  });

  it('answers an unknown channel with unknown_channel', async () => {
    expect(await dispatch(t.library, 'people.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch(t.library, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('rejects wrong types, missing fields, unknown fields and impossible dates, writing nothing', async () => {
    const before = await counts();
    const bad: [string, unknown][] = [
      ['people.create', { name: 42 }],
      ['people.create', {}],
      ['people.create', undefined],
      ['people.create', { name: 'Anna', isAdmin: true }],
      ['sources.create', { title: 'Interview', date: '2007-13' }],
      ['sources.create', { title: 'Interview', date: '2007-02-30' }],
      ['sources.create', { title: 'Interview', url: 'file:///etc/passwd' }],
      ['quotes.create', { sourceId: 'not-a-uuid', start: 0, end: 3 }],
      ['lessons.list', { limit: 100000 }],
      ['people.get', { id: "'; DROP TABLE people; --" }],
    ];
    for (const [channel, input] of bad) {
      const result = await dispatch(t.library, channel, input);
      expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(await counts()).toEqual(before);
  });

  it('keys zod’s own complaints by their code and bound, and words them in Dutch for logs and the CLI', async () => {
    const long = await dispatch(t.library, 'lessons.create', { title: 'x'.repeat(5000) });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input', reason: { key: 'invalidInput', params: { path: 'title' } } } });
    if (!long.ok) {
      const [issue] = long.error.issues ?? [];
      expect(issue).toMatchObject({ path: 'title', key: 'tooLong' });
      expect(issue?.params?.max).toBeGreaterThan(0);
      expect(issue?.message).toMatch(/^Hoogstens [\d.]+ tekens$/);
    }
    const typed = await dispatch(t.library, 'people.create', { name: 42 });
    if (!typed.ok) expect(typed.error.issues?.[0]).toMatchObject({ path: 'name', key: 'wrongType', message: 'Verkeerd soort waarde' });
    const extra = await dispatch(t.library, 'people.create', { name: 'Anna', isAdmin: true });
    if (!extra.ok) expect(extra.error.issues?.[0]).toMatchObject({ key: 'unknownFields', params: { keys: 'isAdmin' } });
  });

  it('answers an unknown id with not_found, writing nothing', async () => {
    const before = await counts();
    for (const channel of ['people.get', 'people.delete', 'lessons.restore', 'quotes.get'] as const) {
      expect(await dispatch(t.library, channel, { id: missingId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await dispatch(t.library, 'quotes.create', { sourceId: missingId, start: 0, end: 3 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const source = await t.call('sources.create', { title: 'Bron', text: 'Stop met experimenteren.' });
    const withMissingLesson = await dispatch(t.library, 'quotes.create', {
      sourceId: source.id,
      start: 0,
      end: 4,
      lessons: [{ lessonId: missingId }],
    });
    expect(withMissingLesson).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await counts()).quotes).toBe(before.quotes);
  });

  it('emits library.changed after a successful change only', async () => {
    const events: unknown[] = [];
    t.library.events.on('library.changed', (e) => events.push(e));
    await dispatch(t.library, 'people.create', { name: 42 });
    await dispatch(t.library, 'people.list', {});
    expect(events).toEqual([]);
    await t.call('people.create', { name: 'Anna de Wit' });
    expect(events).toEqual([{ areas: ['people'], origin: 'local' }]);
  });
});
