import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('people', () => {
  it('creates, reads, updates with roles over time and consent', async () => {
    const tag = await t.call('tags.create', { name: 'Rotterdam', facet: 'place' });
    const anna = await t.call('people.create', {
      name: 'Anna de Wit',
      roles: [{ role: 'wijkregisseur', organisation: 'Gemeente Rotterdam', place: 'Rotterdam-Zuid', from: '2004', to: '2011-06' }],
      tagIds: [tag.id],
    });
    expect(anna).toMatchObject({ name: 'Anna de Wit', consent: 'name', pseudonym: null, tagIds: [tag.id], deletedAt: null });
    expect(anna.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(anna.roles[0]).toMatchObject({ role: 'wijkregisseur', from: '2004', to: '2011-06' });

    const updated = await t.call('people.update', { id: anna.id, consent: 'pseudonym', pseudonym: 'Respondent A' });
    expect(updated).toMatchObject({ consent: 'pseudonym', pseudonym: 'Respondent A', name: 'Anna de Wit' });
    expect(updated.roles).toHaveLength(1);
    expect(await t.call('people.get', { id: anna.id })).toEqual(updated);
  });

  it('requires a pseudonym for pseudonymised export', async () => {
    const result = await dispatch(t.library, 'people.create', { name: 'Bram', consent: 'pseudonym' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('lists paged and sorted, with a contains filter', async () => {
    for (const name of ['Cees', 'anna', 'Bram', 'Daan', 'Eva']) await t.call('people.create', { name });
    const first = await t.call('people.list', { limit: 2, sort: 'name' });
    expect(first.total).toBe(5);
    expect(first.items.map((p) => p.name)).toEqual(['anna', 'Bram']);
    const page = await t.call('people.list', { limit: 2, sort: 'name', after: first.next ?? undefined });
    expect(page.total).toBeNull();
    expect(page.items.map((p) => p.name)).toEqual(['Cees', 'Daan']);
    const last = await t.call('people.list', { limit: 2, sort: 'name', after: page.next ?? undefined });
    expect(last.items.map((p) => p.name)).toEqual(['Eva']);
    expect(last.next).toBeNull();
    await expect(dispatch(t.library, 'people.list', { after: '["x"' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const desc = await t.call('people.list', { sort: 'name', direction: 'desc', limit: 1 });
    expect(desc.items[0]?.name).toBe('Eva');
    const filtered = await t.call('people.list', { query: 'AN' });
    expect(filtered.items.map((p) => p.name).sort()).toEqual(['Daan', 'anna']);
    // "%" is not a wildcard: "a%" finds the word starting with "a", not every name with an "a".
    const percent = await t.call('people.list', { query: 'a%' });
    expect(percent.items.map((p) => p.name)).toEqual(['anna']);
    await t.call('people.create', { name: 'Coördinator Öztürk' });
    expect((await t.call('people.list', { query: 'coordinator ozt' })).items.map((p) => p.name)).toEqual(['Coördinator Öztürk']);
  });

  it('moves to the trash and back', async () => {
    const p = await t.call('people.create', { name: 'Fatima El Amrani' });
    await t.call('people.delete', { id: p.id });
    expect((await t.call('people.list', {})).total).toBe(0);
    expect((await t.call('trash.list', {})).items).toMatchObject([{ kind: 'person', id: p.id, title: 'Fatima El Amrani' }]);
    expect(await dispatch(t.library, 'people.update', { id: p.id, name: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await t.call('people.restore', { id: p.id });
    expect((await t.call('people.list', {})).total).toBe(1);
    expect(await dispatch(t.library, 'people.restore', { id: p.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
