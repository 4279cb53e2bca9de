import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('tags', () => {
  it('forms a hierarchy with facets and refuses cycles', async () => {
    const nl = await t.call('tags.create', { name: 'Nederland', facet: 'place' });
    const rdam = await t.call('tags.create', { name: 'Rotterdam', facet: 'place', parentId: nl.id });
    const zuid = await t.call('tags.create', { name: 'Rotterdam-Zuid', facet: 'place', parentId: rdam.id });
    expect(zuid.parentId).toBe(rdam.id);
    expect(await dispatch(t.library, 'tags.update', { id: nl.id, parentId: zuid.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await t.call('tags.create', { name: 'Vogelaarwijken', facet: 'programme' });
    expect((await t.call('tags.list', { facet: 'programme' })).items.map((x) => x.name)).toEqual(['Vogelaarwijken']);
    expect(await dispatch(t.library, 'tags.create', { name: 'x', facet: 'colour' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
