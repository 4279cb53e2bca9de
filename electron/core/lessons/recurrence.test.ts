import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

async function voiced(lessonId: string, speakerId: string, date: string | null, placeTagId?: string) {
  const text = `Uitspraak uit ${date ?? 'onbekend jaar'}.`;
  const source = await t.call('sources.create', { title: `Bron ${date}`, date, text, tagIds: placeTagId ? [placeTagId] : [] });
  return t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, speakerId, lessons: [{ lessonId }] });
}

describe('recurrence', () => {
  it('gives one timeline mark per dated quote with speaker and place, and the spans', async () => {
    const rotterdam = await t.call('tags.create', { name: 'Rotterdam', facet: 'place' });
    const vogelaar = await t.call('tags.create', { name: 'Vogelaarwijken', facet: 'programme' });
    const anna = await t.call('people.create', { name: 'Anna', roles: [{ role: 'wijkregisseur', place: 'Den Haag', from: '2000', to: '2010' }] });
    const bram = await t.call('people.create', { name: 'Bram' });
    const lesson = await t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    const other = await t.call('lessons.create', { title: 'Andere les' });
    await voiced(lesson.id, anna.id, '1999-05', rotterdam.id);
    const q2 = await voiced(lesson.id, anna.id, '2007');
    await t.call('quotes.update', { id: q2.id, tagIds: [vogelaar.id] });
    await voiced(lesson.id, bram.id, '2024-02-01');
    await voiced(lesson.id, bram.id, null);
    await voiced(other.id, bram.id, '2010');

    const timeline = await t.call('lessons.timeline', { id: lesson.id });
    expect(timeline.marks.map((m) => [m.year, m.speakerName, m.place])).toEqual([
      [1999, 'Anna', 'Rotterdam'],
      [2007, 'Anna', 'Den Haag'],
      [2024, 'Bram', null],
    ]);
    expect(timeline).toMatchObject({ undated: 1, firstYear: 1999, latestYear: 2024, speakers: 2, places: 2, programmes: 1 });

    const recurring = await t.call('lessons.recurring', {});
    expect(recurring[0]).toMatchObject({ lessonId: lesson.id, span: 26, speakers: 2, quotes: 4 });
    expect(recurring[1]).toMatchObject({ lessonId: other.id, span: 1 });

    const matrix = await t.call('lessons.cooccurrence', { facet: 'place' });
    expect(matrix.cells).toEqual([{ lessonId: lesson.id, tagId: rotterdam.id, count: 1 }]);
    const quotes = await t.call('quotes.list', { lessonId: lesson.id, tagId: rotterdam.id });
    expect(quotes.total).toBe(1);
  });

  it('adds a neighbourhood’s quotes up in its city’s column, each quote once, and the city’s quotes include them', async () => {
    const lesson = await t.call('lessons.create', { title: 'Investeer in vertrouwen' });
    const rotterdam = await t.call('tags.create', { name: 'Rotterdam', facet: 'place' });
    const zuid = await t.call('tags.create', { name: 'Rotterdam-Zuid', facet: 'place', parentId: rotterdam.id });
    const delfshaven = await t.call('tags.create', { name: 'Delfshaven', facet: 'place', parentId: rotterdam.id });
    const source = await t.call('sources.create', { title: 'Gesprek', kind: 'interview', text: 'Een twee drie vier vijf zes zeven acht.' });
    await t.call('quotes.create', { sourceId: source.id, start: 0, end: 3, lessons: [{ lessonId: lesson.id }], tagIds: [zuid.id] });
    await t.call('quotes.create', { sourceId: source.id, start: 4, end: 8, lessons: [{ lessonId: lesson.id }], tagIds: [delfshaven.id, rotterdam.id] });
    const matrix = await t.call('lessons.cooccurrence', { facet: 'place' });
    const count = (tagId: string) => matrix.cells.find((c) => c.tagId === tagId)?.count;
    expect([count(rotterdam.id), count(zuid.id), count(delfshaven.id)]).toEqual([2, 1, 1]);
    expect(matrix.tags.map((tag) => tag.name)).toEqual(['Rotterdam', 'Delfshaven', 'Rotterdam-Zuid']);
    expect(matrix.tags[1]?.parentId).toBe(rotterdam.id);
    expect((await t.call('quotes.list', { lessonId: lesson.id, tagId: rotterdam.id })).total).toBe(2);
  });
});
