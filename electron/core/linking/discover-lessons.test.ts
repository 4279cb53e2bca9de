import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

async function said(text: string, speaker: string, date: string) {
  const person = await t.call('people.create', { name: speaker });
  const source = await t.call('sources.create', { title: `${speaker} ${date}`, date, text });
  return t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, speakerId: person.id, dateSaid: date });
}

describe('discovering lessons not yet named', () => {
  it('groups unlinked quotes that say the same across years and speakers, and turns a group into a lesson', async () => {
    const a = await said('De woningcorporatie moet haar huurders echt betrekken bij de renovatieplannen.', 'Ans', '2001');
    const b = await said('Zonder de huurders te betrekken lopen renovatieplannen van de woningcorporatie vast.', 'Bert', '2009');
    const c = await said('Huurders betrekken bij renovatieplannen: de woningcorporatie heeft dat geleerd.', 'Cor', '2018');
    await said('De markt op zaterdag trekt mensen uit de hele stad.', 'Dirk', '2012');
    await said('Het zwembad gaat in de zomer langer open.', 'Els', '2015');

    const { groups, considered } = await t.call('linking.discover', {});
    expect(considered).toBe(5);
    expect(groups).toHaveLength(1);
    const group = groups[0];
    expect(new Set(group?.quotes.map((q) => q.quoteId))).toEqual(new Set([a.id, b.id, c.id]));
    expect(group).toMatchObject({ firstYear: 2001, lastYear: 2018, speakers: 3 });
    expect(group?.sharedWords.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['huurders', 'renovatieplannen']));
    expect(group?.title.length).toBeGreaterThan(3);

    const lesson = await t.call('lessons.fromQuotes', { quoteIds: group?.quotes.map((q) => q.quoteId) ?? [], title: 'Betrek huurders bij renovatie' });
    expect(lesson.evidenceCount).toBe(3);
    // Linked quotes are no longer "not yet named", and the new lesson is suggested at once.
    expect((await t.call('linking.discover', {})).groups).toEqual([]);
    const suggest = await t.call('linking.suggest', { text: 'Renovatieplannen met de huurders samen maken.' });
    expect(suggest.lessons[0]?.lessonId).toBe(lesson.id);
  });

  it('does not group one speaker repeating themselves in one year', async () => {
    for (let i = 0; i < 3; i++) {
      const text = `Huurders betrekken bij renovatieplannen van de woningcorporatie, deel ${i}.`;
      const source = await t.call('sources.create', { title: `Bron ${i}`, date: '2010', text });
      await t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, dateSaid: '2010' });
    }
    expect((await t.call('linking.discover', {})).groups).toEqual([]);
  });

  it('adds a group to an existing lesson and refuses a quote that is gone', async () => {
    const lesson = await t.call('lessons.create', { title: 'Betrek huurders' });
    const q = await said('Huurders betrekken bij renovatie.', 'Ans', '2001');
    expect((await t.call('lessons.fromQuotes', { quoteIds: [q.id], lessonId: lesson.id })).evidenceCount).toBe(1);
    await t.call('quotes.delete', { id: q.id });
    await expect(t.call('lessons.fromQuotes', { quoteIds: [q.id], title: 'Nieuw' })).rejects.toThrow(/not_found/);
    expect((await t.call('lessons.list', {})).items.map((l) => l.title)).toEqual(['Betrek huurders']);
  });
});
