import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yearOf } from '../../../shared/dates/partial-date';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('the example library', () => {
  it('has 12+ sources from 1998 to 2025, 100+ quotes and 12 lessons that recur across the years', async () => {
    const counts = await t.call('library.loadExample', {});
    expect(counts.sources).toBeGreaterThanOrEqual(12);
    expect(counts.quotes).toBeGreaterThanOrEqual(100);
    const sources = (await t.call('sources.list', { limit: 500 })).items;
    const years = sources.map((s) => yearOf(s.date ?? '') ?? 0);
    expect(Math.min(...years)).toBe(1998);
    expect(Math.max(...years)).toBe(2025);
    const recurring = await t.call('lessons.recurring', {});
    expect(recurring).toHaveLength(12);
    for (const lesson of recurring) {
      expect(lesson.years.length, lesson.title).toBeGreaterThanOrEqual(4);
      expect(lesson.span, lesson.title).toBeGreaterThanOrEqual(10);
      expect(lesson.speakers, lesson.title).toBeGreaterThanOrEqual(3);
    }
    // Every quote is anchored in its source, with a speaker and a lesson.
    const quotes = (await t.call('quotes.list', { limit: 500 })).items;
    expect(quotes.every((q) => q.anchorStatus === 'anchored' && q.speakerId && q.lessons.length === 1)).toBe(true);
    const places = await t.call('lessons.cooccurrence', { facet: 'programme' });
    expect(places.tags.length).toBeGreaterThanOrEqual(4);
    expect((await t.call('collections.list', {})).items[0]?.title).toMatch(/tien lessen met bewijs/);
  });

  it('loads only into an empty library', async () => {
    await t.call('people.create', { name: 'Al iemand' });
    expect(await dispatch(t.library, 'library.loadExample', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('library.stats', {})).quotes).toBe(0);
  });
});
