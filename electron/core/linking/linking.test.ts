import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { analyze } from './dutch-text';

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
