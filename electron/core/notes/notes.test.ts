import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../shared/lexical/document';
import { ITEM_MENTION_TYPE } from '../../../shared/lexical/extract';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('notes', () => {
  it('stores Lexical JSON with derived plain text and links to existing items only', async () => {
    const anna = await t.call('people.create', { name: 'Anna de Wit' });
    const lesson = await t.call('lessons.create', { title: 'Stop met experimenteren' });
    const doc = {
      root: {
        type: 'root' as const,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Volgens ' },
              { type: ITEM_MENTION_TYPE, itemKind: 'person', itemId: anna.id, text: '@Anna de Wit' },
              { type: 'text', text: ' geldt ' },
              { type: ITEM_MENTION_TYPE, itemKind: 'lesson', itemId: lesson.id, text: '#Stop met experimenteren' },
              { type: ITEM_MENTION_TYPE, itemKind: 'lesson', itemId: '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b', text: '#weg' },
            ],
          },
        ],
      },
    };
    const note = await t.call('notes.create', { target: { kind: 'lesson', id: lesson.id }, doc });
    expect(note.plainText).toBe('Volgens @Anna de Wit geldt #Stop met experimenteren#weg');
    expect(note.links).toEqual([
      { kind: 'person', id: anna.id },
      { kind: 'lesson', id: lesson.id },
    ]);
    const updated = await t.call('notes.update', { id: note.id, doc: docFromPlainText('Niets meer') });
    expect(updated.links).toEqual([]);
    expect((await t.call('notes.list', { targetKind: 'lesson', targetId: lesson.id })).total).toBe(1);
  });

  it('refuses a document that is not Lexical JSON and a target that does not exist', async () => {
    expect(await dispatch(t.library, 'notes.create', { doc: { html: '<b>x</b>' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await dispatch(t.library, 'notes.create', { doc: docFromPlainText('x'), target: { kind: 'person', id: '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' } }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
