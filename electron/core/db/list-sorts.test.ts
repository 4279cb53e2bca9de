import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/api/channel-names';
import type { Input } from '../../../shared/api/contract';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

/** Every row of a list, read one row per page, so that the keyset cursor carries each sort value. */
async function allInOrder<C extends 'lessons.list' | 'people.list' | 'sources.list' | 'quotes.list'>(channel: C, input: Input<C>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = (await t.call(channel as ChannelName, { ...input, limit: 1, ...(after ? { after } : {}) } as never)) as { items: { id: string }[]; next: string | null };
    ids.push(...page.items.map((i) => i.id));
    after = page.next ?? undefined;
  } while (after);
  return ids;
}

describe('lists sorted by number of quotes and by speaker, across pages', () => {
  it('orders lessons, people and sources by their live quotes, and quotes by speaker then date', async () => {
    const [few, many, none] = await Promise.all(['Weinig', 'Veel', 'Geen'].map((title) => t.call('lessons.create', { title })));
    const anna = await t.call('people.create', { name: 'Anna' });
    const bram = await t.call('people.create', { name: 'bram' });
    const busy = await t.call('sources.create', { title: 'Druk', text: 'Een. Twee. Drie.' });
    const quiet = await t.call('sources.create', { title: 'Stil', text: 'Vier.' });
    const quote = (sourceId: string, start: number, end: number, speakerId: string | null, dateSaid: string, lessonIds: string[]) =>
      t.call('quotes.create', { sourceId, start, end, speakerId, dateSaid, lessons: lessonIds.map((lessonId) => ({ lessonId, stance: 'supports' as const })) });
    const q1 = await quote(busy.id, 0, 4, bram.id, '2010', [many!.id]);
    const q2 = await quote(busy.id, 5, 10, anna.id, '2012', [many!.id, few!.id]);
    const q3 = await quote(busy.id, 11, 16, anna.id, '2001', [many!.id]);
    const q4 = await quote(quiet.id, 0, 5, null, '2005', []);
    // A quote in the trash does not count.
    const gone = await quote(quiet.id, 0, 4, bram.id, '2020', [few!.id]);
    await t.call('quotes.delete', { id: gone.id });

    expect(await allInOrder('lessons.list', { sort: 'quoteCount', direction: 'desc' })).toEqual([many!.id, few!.id, none!.id]);
    expect(await allInOrder('people.list', { sort: 'quoteCount', direction: 'desc' })).toEqual([anna.id, bram.id]);
    expect(await allInOrder('sources.list', { sort: 'quoteCount', direction: 'asc' })).toEqual([quiet.id, busy.id]);
    // No speaker first, then by name whatever its case, then by date said.
    expect(await allInOrder('quotes.list', { sort: 'speaker', direction: 'asc' })).toEqual([q4.id, q3.id, q2.id, q1.id]);
  });
});
