import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let lib: TestLibrary;
beforeEach(async () => {
  lib = await openTestLibrary();
});
afterEach(() => lib.cleanup());

async function quotes(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `Uitspraak nummer ${i} over de wijk.`;
    const source = await lib.call('sources.create', { title: `Bron ${i}`, text });
    ids.push((await lib.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, tagIds: [] })).id);
  }
  return ids;
}

describe('one action on many items', () => {
  it('adds a label to each quote after the labels it has, once, and says how many changed', async () => {
    const [a, b, c] = await quotes(3);
    const theme = await lib.call('tags.create', { name: 'Wonen', facet: 'theme' });
    const place = await lib.call('tags.create', { name: 'Zuid', facet: 'place' });
    await lib.call('quotes.update', { id: a ?? '', tagIds: [place.id] });
    const before = (await lib.call('quotes.get', { id: a ?? '' })).updatedAt;
    expect(await lib.call('items.bulk', { kind: 'quote', ids: [a ?? '', b ?? ''], action: { type: 'addTag', tagId: theme.id } })).toEqual({ changed: 2 });
    expect((await lib.call('quotes.get', { id: a ?? '' })).tagIds).toEqual([place.id, theme.id]);
    expect((await lib.call('quotes.get', { id: a ?? '' })).updatedAt > before).toBe(true);
    expect((await lib.call('quotes.get', { id: c ?? '' })).tagIds).toEqual([]);
    // Again: nothing changes.
    expect(await lib.call('items.bulk', { kind: 'quote', ids: [a ?? '', b ?? ''], action: { type: 'addTag', tagId: theme.id } })).toEqual({ changed: 0 });
  });

  it('links quotes to a lesson with a stance, and the lesson counts them as evidence', async () => {
    const ids = await quotes(4);
    const lesson = await lib.call('lessons.create', { title: 'Kies voor de lange termijn' });
    expect(await lib.call('items.bulk', { kind: 'quote', ids, action: { type: 'linkLesson', lessonId: lesson.id, stance: 'nuances' } })).toEqual({ changed: 4 });
    expect((await lib.call('lessons.get', { id: lesson.id })).evidenceCount).toBe(4);
    expect((await lib.call('quotes.get', { id: ids[0] ?? '' })).lessons).toEqual([{ lessonId: lesson.id, stance: 'nuances' }]);
  });

  it('moves items to the trash, skips what is there already, and refuses the whole batch on a fault', async () => {
    const ids = await quotes(3);
    await lib.call('quotes.delete', { id: ids[0] ?? '' });
    expect(await lib.call('items.bulk', { kind: 'quote', ids, action: { type: 'trash' } })).toEqual({ changed: 2 });
    expect((await lib.call('trash.list', {})).items).toHaveLength(3);

    const fresh = await quotes(2);
    const missingTag = '01a22767-0000-7000-8000-000000000000';
    const result = await dispatch(lib.library, 'items.bulk', { kind: 'quote', ids: fresh, action: { type: 'addTag', tagId: missingTag } });
    expect(result.ok).toBe(false);
    const lesson = await lib.call('lessons.create', { title: 'Een les' });
    const notQuotes = await dispatch(lib.library, 'items.bulk', { kind: 'lesson', ids: [lesson.id], action: { type: 'linkLesson', lessonId: lesson.id } });
    expect(notQuotes.ok).toBe(false);
  });
});
