import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('related words offered when a quote is linked by hand', () => {
  it('offers the quote’s own words that the lesson lacks, never its names, stop words or the lesson’s words', async () => {
    await t.call('people.create', { name: 'Marieke Bos' });
    const lesson = await t.call('lessons.create', { title: 'Kies voor de lange termijn', aliases: ['Langere adem'], summary: 'Wijkvernieuwing duurt tien tot twintig jaar.' });
    const text = 'Marieke zei: elke wethouder wil binnen een collegeperiode resultaat, maar de buurt heeft een marathon nodig, geen sprint.';
    const source = await t.call('sources.create', { title: 'Gesprek', kind: 'interview', text });
    const quote = await t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, lessons: [{ lessonId: lesson.id }] });
    const { words } = await t.call('linking.relatedCandidates', { quoteId: quote.id, lessonId: lesson.id });
    expect(words).toEqual(expect.arrayContaining(['marathon', 'sprint', 'collegeperiode']));
    expect(words).not.toContain('marieke');
    expect(words.some((w) => ['termijn', 'lange', 'heeft', 'maar', 'jaar', 'een', 'geen'].includes(w))).toBe(false);
    // Once a word is the lesson's own, it is no longer offered.
    await t.call('lessons.update', { id: lesson.id, relatedWords: ['marathon'] });
    expect((await t.call('linking.relatedCandidates', { quoteId: quote.id, lessonId: lesson.id })).words).not.toContain('marathon');
  });
});
