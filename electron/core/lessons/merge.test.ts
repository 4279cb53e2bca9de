import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ITEM_MENTION_TYPE } from '../../../shared/lexical/extract';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('merging', () => {
  it('moves evidence, aliases, relations, labels, notes and mentions to the kept lesson', async () => {
    const tag = await t.call('tags.create', { name: 'Rotterdam', facet: 'place' });
    const other = await t.call('lessons.create', { title: 'Onderwijs is de sleutel' });
    const keep = await t.call('lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] });
    const gone = await t.call('lessons.create', { title: 'Van project naar structuur', aliases: ['Geen pilots meer', 'Borg wat werkt'], tagIds: [tag.id], relations: [{ lessonId: other.id, kind: 'related' }] });
    await t.call('lessons.update', { id: keep.id, relations: [{ lessonId: gone.id, kind: 'same_as' }] });
    const text = 'Twintig pilots. Niets structureel.';
    const source = await t.call('sources.create', { title: 'Bron', text });
    const q1 = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 15, lessons: [{ lessonId: gone.id, stance: 'nuances' }] });
    const q2 = await t.call('quotes.create', { sourceId: source.id, start: 16, end: text.length, lessons: [{ lessonId: keep.id }, { lessonId: gone.id, stance: 'challenges' }] });
    const note = await t.call('notes.create', {
      target: { kind: 'lesson', id: gone.id },
      doc: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: ITEM_MENTION_TYPE, itemKind: 'lesson', itemId: gone.id, text: '#Van project' }] }] } },
    });

    const merged = await t.call('lessons.merge', { keepId: keep.id, mergeId: gone.id });
    expect(merged.aliases).toEqual(['Geen pilots meer', 'Van project naar structuur', 'Borg wat werkt']);
    expect(merged.relations).toEqual([{ lessonId: other.id, kind: 'related' }]);
    expect(merged.tagIds).toEqual([tag.id]);
    expect(merged.evidenceCount).toBe(2);
    expect((await t.call('quotes.get', { id: q1.id })).lessons).toEqual([{ lessonId: keep.id, stance: 'nuances' }]);
    expect((await t.call('quotes.get', { id: q2.id })).lessons).toEqual([{ lessonId: keep.id, stance: 'supports' }]);
    expect((await t.call('lessons.get', { id: gone.id })).deletedAt).not.toBeNull();
    const movedNote = await t.call('notes.get', { id: note.id });
    expect(movedNote.target).toEqual({ kind: 'lesson', id: keep.id });
    expect(JSON.stringify(movedNote.doc)).toContain(keep.id);
    expect(await t.call('notes.backlinks', { kind: 'lesson', id: keep.id })).toHaveLength(1);
    expect(await dispatch(t.library, 'lessons.merge', { keepId: keep.id, mergeId: keep.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('undoes a merge exactly: every row comes back as it was', async () => {
    const keep = await t.call('lessons.create', { title: 'A', aliases: ['a1'] });
    const gone = await t.call('lessons.create', { title: 'B', aliases: ['b1'] });
    const source = await t.call('sources.create', { title: 'Bron', text: 'Een twee drie.' });
    const quote = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 3, lessons: [{ lessonId: gone.id, stance: 'challenges' }] });
    const collection = await t.call('collections.create', { title: 'C', items: [{ kind: 'lesson', itemId: gone.id }] });
    const before = JSON.stringify([await t.call('lessons.get', { id: keep.id }), await t.call('lessons.get', { id: gone.id }), await t.call('quotes.get', { id: quote.id })].map(({ updatedAt: _updatedAt, ...rest }) => rest));
    const merged = await t.call('lessons.merge', { keepId: keep.id, mergeId: gone.id });
    expect((await t.call('collections.get', { id: collection.id })).items[0]?.itemId).toBe(keep.id);
    await t.call('library.undo', { undoId: merged.undoId });
    const after = JSON.stringify([await t.call('lessons.get', { id: keep.id }), await t.call('lessons.get', { id: gone.id }), await t.call('quotes.get', { id: quote.id })].map(({ updatedAt: _updatedAt, ...rest }) => rest));
    expect(after).toBe(before);
    expect((await t.call('collections.get', { id: collection.id })).items[0]?.itemId).toBe(gone.id);
    expect(await dispatch(t.library, 'library.undo', { undoId: merged.undoId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('merges labels: items and child labels move over', async () => {
    const a = await t.call('tags.create', { name: 'Den Haag', facet: 'place' });
    const b = await t.call('tags.create', { name: "'s-Gravenhage", facet: 'place' });
    const child = await t.call('tags.create', { name: 'Transvaal', facet: 'place', parentId: b.id });
    const person = await t.call('people.create', { name: 'Anna', tagIds: [a.id, b.id] });
    const lesson = await t.call('lessons.create', { title: 'Les', tagIds: [b.id] });
    await t.call('tags.merge', { keepId: a.id, mergeId: b.id });
    expect((await t.call('people.get', { id: person.id })).tagIds).toEqual([a.id]);
    expect((await t.call('lessons.get', { id: lesson.id })).tagIds).toEqual([a.id]);
    expect((await t.call('tags.get', { id: child.id })).parentId).toBe(a.id);
    expect((await t.call('tags.list', {})).items.map((x) => x.name).sort()).toEqual(['Den Haag', 'Transvaal']);
  });
});
