import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('collections', () => {
  it('keeps items in order with headings and commentary; reordering is saving a new order', async () => {
    const lesson = await t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    const person = await t.call('people.create', { name: 'Anna de Wit' });
    const c = await t.call('collections.create', {
      title: 'Wat werkt in de wijkaanpak',
      items: [
        { kind: 'lesson', itemId: lesson.id, heading: 'Lessen', commentary: 'De kern' },
        { kind: 'person', itemId: person.id },
      ],
    });
    expect(c.items.map((i) => i.kind)).toEqual(['lesson', 'person']);
    const reordered = await t.call('collections.update', { id: c.id, items: [...c.items].reverse() });
    expect(reordered.items.map((i) => i.kind)).toEqual(['person', 'lesson']);
    expect(reordered.items[1]).toMatchObject({ heading: 'Lessen', commentary: 'De kern' });
    expect(
      await dispatch(t.library, 'collections.update', { id: c.id, items: [{ kind: 'quote', itemId: lesson.id }] }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await t.call('collections.get', { id: c.id })).items).toHaveLength(2);
  });
});
