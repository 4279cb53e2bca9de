import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { analyze } from './dutch-text';
import { UNSURE_BELOW } from './suggest-lessons';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('Dutch text features', () => {
  it('drops stop words, stems, and adds the parts of compounds', () => {
    const f = analyze('We moeten stoppen met de drugsoverlast in de wijkaanpak');
    expect([...f.terms.keys()]).toEqual(expect.arrayContaining(['stop', 'drugsoverlast', 'drug', 'overlast', 'wijkaanpak', 'wijk', 'aanpak', '^drugso']));
    expect(f.terms.has('de')).toBe(false);
    expect(f.terms.get('aanpak')).toBe(0.5);
    expect(f.words.get('aanpak')).toBe('aanpak');
  });
});

describe('heard before', () => {
  it('suggests the lesson with its reasons and earlier similar quotes of other people', async () => {
    const anna = await t.call('people.create', { name: 'Anna' });
    const bram = await t.call('people.create', { name: 'Bram' });
    const pilots = await t.call('lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] });
    await t.call('lessons.create', { title: 'Onderwijs is de sleutel', aliases: ['De school als spil'] });
    const text2004 = 'We hebben twintig pilots gehad en niet één werd structureel.';
    const old = await t.call('sources.create', { title: 'Interview 2004', date: '2004', text: text2004 });
    const oldQuote = await t.call('quotes.create', { sourceId: old.id, start: 0, end: text2004.length, speakerId: anna.id, lessons: [{ lessonId: pilots.id }] });

    const fresh = 'Alweer een nieuwe pilot, terwijl niets ooit structureel wordt.';
    const result = await t.call('linking.suggest', { text: fresh });
    expect(result.lessons[0]?.lessonId).toBe(pilots.id);
    const words = result.lessons[0]?.reasons.flatMap((r) => r.words) ?? [];
    expect(words.join(' ')).toMatch(/pilot|structureel/);
    expect(result.quotes[0]).toMatchObject({ quoteId: oldQuote.id, speakerName: 'Anna', dateSaid: '2004', sourceTitle: 'Interview 2004' });

    // The quote itself and its own source are not "heard before".
    const s2019 = await t.call('sources.create', { title: 'Gesprek 2019', date: '2019', text: fresh });
    const newQuote = await t.call('quotes.create', { sourceId: s2019.id, start: 0, end: fresh.length, speakerId: bram.id });
    const forQuote = await t.call('linking.suggest', { text: newQuote.text, quoteId: newQuote.id });
    expect(forQuote.quotes.map((q) => q.quoteId)).toEqual([oldQuote.id]);
  });

  it('learns from links: evidence added after start changes suggestions at once', async () => {
    const a = await t.call('lessons.create', { title: 'Les A' });
    await t.call('lessons.create', { title: 'Les B' });
    expect((await t.call('linking.suggest', { text: 'portiekgesprekken met huurders' })).lessons).toEqual([]);
    const text = 'De portiekgesprekken met huurders brachten alles aan het licht.';
    const source = await t.call('sources.create', { title: 'Bron', text });
    await t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, lessons: [{ lessonId: a.id }] });
    const after = await t.call('linking.suggest', { text: 'portiekgesprekken met huurders' });
    expect(after.lessons[0]).toMatchObject({ lessonId: a.id, reasons: [expect.objectContaining({ kind: 'nearest-evidence' })] });
  });
});

describe('lessons going to the trash and back', () => {
  it('drops and restores their evidence without rebuilding the index', async () => {
    const lesson = await t.call('lessons.create', { title: 'Les A' });
    const text = 'De portiekgesprekken met huurders brachten alles aan het licht.';
    const source = await t.call('sources.create', { title: 'Bron', text });
    await t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, lessons: [{ lessonId: lesson.id }] });
    const ask = async () => (await t.call('linking.suggest', { text: 'portiekgesprekken met huurders' })).lessons.map((l) => l.lessonId);
    expect(await ask()).toEqual([lesson.id]);
    await t.call('lessons.update', { id: lesson.id, title: 'Les A, hernoemd' });
    expect(await ask()).toEqual([lesson.id]);
    await t.call('lessons.delete', { id: lesson.id });
    expect(await ask()).toEqual([]);
    await t.call('lessons.restore', { id: lesson.id });
    expect(await ask()).toEqual([lesson.id]);
  });
});

/** Words of a text after the same normalisation linking uses: what "occurs in both" means. */
const stemsOf = (text: string) => new Set(analyze(text).terms.keys());

async function quoteIn(title: string, text: string, options: { speakerId?: string; lessonIds?: string[]; date?: string } = {}) {
  const source = await t.call('sources.create', { title, text, ...(options.date ? { date: options.date } : {}) });
  return t.call('quotes.create', {
    sourceId: source.id,
    start: 0,
    end: text.length,
    ...(options.speakerId ? { speakerId: options.speakerId } : {}),
    lessons: (options.lessonIds ?? []).map((lessonId) => ({ lessonId })),
  });
}

describe('truthful reasons', () => {
  it('names only words that occur in both texts, once each, without stop words or people’s names', async () => {
    const jansen = await t.call('people.create', { name: 'Karin Jansen' });
    const lesson = await t.call('lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'], summary: 'Tijdelijke projecten leveren weinig op.' });
    await quoteIn('Interview', 'Jansen zei: weer een pilot, en weer een tijdelijk project dat stopt.', { speakerId: jansen.id, lessonIds: [lesson.id] });
    const text = 'Volgens Jansen is het de zoveelste pilot; experimenteren met tijdelijke projecten moet stoppen.';
    const result = await t.call('linking.suggest', { text });
    const suggestion = result.lessons[0];
    expect(suggestion?.lessonId).toBe(lesson.id);
    for (const reason of suggestion?.reasons ?? []) {
      const other = reason.kind === 'phrasing' ? reason.phrasing : reason.kind === 'nearest-evidence' ? reason.excerpt : 'Stop met experimenteren Geen pilots meer Tijdelijke projecten leveren weinig op.';
      for (const word of reason.words) {
        const terms = [...stemsOf(word)];
        expect(terms.length, word).toBeGreaterThan(0);
        expect(terms.some((term) => stemsOf(text).has(term) && stemsOf(other).has(term)), `${word} in both`).toBe(true);
      }
      expect(new Set(reason.words.map((w) => w.toLowerCase())).size).toBe(reason.words.length);
    }
    const all = (suggestion?.reasons ?? []).flatMap((r) => r.words.map((w) => w.toLowerCase()));
    expect(all).not.toContain('jansen');
    expect(all).not.toContain('het');
  });

  it('labels a researcher’s related word as related, never as the same word', async () => {
    const lesson = await t.call('lessons.create', { title: 'Stop met experimenteren', relatedWords: ['proeftuin'] });
    const result = await t.call('linking.suggest', { text: 'Alweer een proeftuin in de Schilderswijk.' });
    expect(result.lessons[0]).toMatchObject({ lessonId: lesson.id, reasons: [{ kind: 'related-words', words: ['proeftuin'] }] });
    expect(result.lessons[0]?.reasons.some((r) => r.kind !== 'related-words' && r.words.includes('proeftuin'))).toBe(false);
  });
});

describe('evidence', () => {
  it('never counts a quote, or another quote of its own source, as its own earlier evidence', async () => {
    const lesson = await t.call('lessons.create', { title: 'Les zonder woorden' });
    const text = 'De portiekgesprekken met huurders brachten alles aan het licht.';
    const quote = await quoteIn('Bron', text, { lessonIds: [lesson.id] });
    const forItself = await t.call('linking.suggest', { text: quote.text, quoteId: quote.id });
    expect(forItself.lessons.flatMap((l) => l.reasons).filter((r) => r.kind === 'nearest-evidence')).toEqual([]);
    expect(forItself.unsure).toBe(true);
    expect(forItself.quotes).toEqual([]);
    const asNewText = await t.call('linking.suggest', { text });
    expect(asNewText.lessons[0]?.reasons).toContainEqual(expect.objectContaining({ kind: 'nearest-evidence', quoteId: quote.id }));
  });

  it('says it is unsure when nothing scores above the threshold', async () => {
    await t.call('lessons.create', { title: 'Stop met experimenteren' });
    await t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    const result = await t.call('linking.suggest', { text: 'De brug over het kanaal wordt in het najaar vervangen.' });
    expect(result.unsure).toBe(true);
    for (const lesson of result.lessons) expect(lesson.score).toBeLessThan(UNSURE_BELOW);
    const clear = await t.call('linking.suggest', { text: 'We moeten stoppen met experimenteren.' });
    expect(clear.unsure).toBe(false);
  });

  it('changes the next suggestions at once when quotes are linked, unlinked and lessons merged', async () => {
    const a = await t.call('lessons.create', { title: 'Les A' });
    const b = await t.call('lessons.create', { title: 'Les B' });
    const ask = async () => (await t.call('linking.suggest', { text: 'portiekgesprekken met huurders in de flat' })).lessons.map((l) => l.lessonId);
    const quote = await quoteIn('Bron', 'De portiekgesprekken met huurders brachten alles aan het licht.', { lessonIds: [a.id] });
    expect(await ask()).toEqual([a.id]);
    await t.call('quotes.update', { id: quote.id, lessons: [{ lessonId: b.id }] });
    expect(await ask()).toEqual([b.id]);
    await t.call('quotes.update', { id: quote.id, lessons: [] });
    expect(await ask()).toEqual([]);
    await t.call('quotes.update', { id: quote.id, lessons: [{ lessonId: b.id }] });
    await t.call('lessons.merge', { keepId: a.id, mergeId: b.id });
    expect(await ask()).toEqual([a.id]);
  });
});

describe('stored terms', () => {
  it('follow edits and deletions of quotes, and a library upgraded without them is read in the background', async () => {
    const lesson = await t.call('lessons.create', { title: 'Les A' });
    const quote = await quoteIn('Bron', 'De portiekgesprekken met huurders.', { lessonIds: [lesson.id] });
    const terms = t.library.linking.quoteTerms;
    expect(terms.quoteCount()).toBe(1);
    expect(terms.documentFrequency('portiekgesprek')).toBe(1);
    await t.call('quotes.delete', { id: quote.id });
    expect(terms.quoteCount()).toBe(0);
    expect(terms.documentFrequency('portiekgesprek')).toBe(0);
    await t.call('quotes.restore', { id: quote.id });
    expect(terms.quoteCount()).toBe(1);
    // As after an upgrade: nothing stored, the backfill reads every quote once.
    t.library.db.exec("DELETE FROM link_quote_terms; DELETE FROM link_terms; UPDATE link_state SET value = 0");
    t.library.linking.invalidate();
    await t.library.linking.backfillInBackground();
    expect(terms.quoteCount()).toBe(1);
    expect(terms.documentFrequency('portiekgesprek')).toBe(1);
    expect((await t.call('linking.suggest', { text: 'portiekgesprekken' })).lessons[0]?.lessonId).toBe(lesson.id);
  });
});

describe('warming up after start', () => {
  it('gives the same suggestions as reading models at first use, also with a change during the warm-up', async () => {
    const lesson = await t.call('lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] });
    for (let i = 0; i < 10; i++) await quoteIn(`Bron ${i}`, `Pilot nummer ${i}: weer een proef, niets werd structureel.`, { lessonIds: i % 2 ? [lesson.id] : [] });
    const ask = () => t.call('linking.suggest', { text: 'weer een pilot die niet structureel werd' });
    const atFirstUse = await ask();
    t.library.linking.invalidate();
    const warming = t.library.linking.warmUp();
    await quoteIn('Later', 'Een geheel nieuwe uitspraak over structurele pilots.', { lessonIds: [lesson.id] });
    await warming;
    const afterChange = await ask();
    expect(afterChange.lessons[0]?.lessonId).toBe(lesson.id);
    t.library.linking.invalidate();
    expect(await ask()).toEqual(afterChange);
    t.library.linking.invalidate();
    await t.library.linking.warmUp();
    expect(await ask()).toEqual(afterChange);
    expect(atFirstUse.lessons[0]?.lessonId).toBe(lesson.id);
  });
});
