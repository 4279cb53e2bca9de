import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const text = 'We moeten stoppen met experimenteren en kiezen voor de lange termijn.';

describe('quotes', () => {
  it('takes its text from the source, its date from the source, and links speaker and lessons', async () => {
    const anna = await t.call('people.create', { name: 'Anna de Wit' });
    const lesson = await t.call('lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] });
    const source = await t.call('sources.create', { title: 'Interview', date: '2008-05-01', text });
    const start = text.indexOf('stoppen');
    const quote = await t.call('quotes.create', {
      sourceId: source.id,
      start,
      end: start + 'stoppen met experimenteren'.length,
      speakerId: anna.id,
      lessons: [{ lessonId: lesson.id, stance: 'supports' }],
    });
    expect(quote).toMatchObject({ text: 'stoppen met experimenteren', dateSaid: '2008-05-01', speakerId: anna.id, anchorStatus: 'anchored' });
    expect(quote.anchor.prefix).toBe('We moeten ');
    expect((await t.call('lessons.get', { id: lesson.id })).evidenceCount).toBe(1);
    expect((await t.call('quotes.list', { lessonId: lesson.id })).items.map((q) => q.id)).toEqual([quote.id]);
    expect((await t.call('quotes.list', { speakerId: anna.id })).total).toBe(1);
    expect((await t.call('sources.get', { id: source.id })).quoteCount).toBe(1);

    const unknownDate = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 2, dateSaid: null });
    expect(unknownDate.dateSaid).toBeNull();
  });

  it('refuses a selection outside the text or of only white space', async () => {
    const source = await t.call('sources.create', { title: 'Interview', text });
    expect(await dispatch(t.library, 'quotes.create', { sourceId: source.id, start: 5, end: 5000 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(t.library, 'quotes.create', { sourceId: source.id, start: 2, end: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(t.library, 'quotes.create', { sourceId: source.id, start: 4, end: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('updates stance, annotation and selection', async () => {
    const lesson = await t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    const source = await t.call('sources.create', { title: 'Interview', text });
    const quote = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 9 });
    const start = text.indexOf('kiezen');
    const updated = await t.call('quotes.update', {
      id: quote.id,
      start,
      end: text.length - 1,
      annotation: 'Kernzin',
      lessons: [{ lessonId: lesson.id, stance: 'nuances' }],
    });
    expect(updated).toMatchObject({ text: 'kiezen voor de lange termijn', annotation: 'Kernzin', lessons: [{ lessonId: lesson.id, stance: 'nuances' }] });
  });
});
