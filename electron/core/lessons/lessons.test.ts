import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('lessons', () => {
  it('keeps aliases once each and relations to other lessons', async () => {
    const a = await t.call('lessons.create', { title: 'Kies voor de lange termijn', aliases: ['Langere adem', 'langere adem', 'Tien jaar volhouden'] });
    expect(a.aliases).toEqual(['Langere adem', 'Tien jaar volhouden']);
    const b = await t.call('lessons.create', { title: 'Geen projectencarrousel', relations: [{ lessonId: a.id, kind: 'related' }] });
    expect(b.relations).toEqual([{ lessonId: a.id, kind: 'related' }]);
    expect(await dispatch(t.library, 'lessons.update', { id: b.id, relations: [{ lessonId: b.id, kind: 'same_as' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(t.library, 'lessons.create', { title: 'x', relations: [{ lessonId: a.id, kind: 'friends' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
