import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const ids = async (text: string, extra = {}) => (await t.call('search.query', { text, ...extra })).hits.map((h) => `${h.kind}:${h.title || h.snippet}`);

describe('search over a library', () => {
  it('finds people, sources, quotes, lessons (by alias), labels and notes, typo- and diacritics-tolerant', async () => {
    const anna = await t.call('people.create', { name: 'Anna de Wit', summary: 'wijkregisseur' });
    const source = await t.call('sources.create', { title: 'Coördinatie in Transvaal', text: 'Stop met experimenteren, zei de wethouder.', people: [{ personId: anna.id, part: 'interviewee' }] });
    await t.call('quotes.create', { sourceId: source.id, start: 0, end: 23, speakerId: anna.id });
    await t.call('lessons.create', { title: 'Kies voor de lange termijn', aliases: ['Langere adem'] });
    await t.call('tags.create', { name: 'Vogelaarwijken', facet: 'programme' });
    await t.call('notes.create', { title: 'Leesnotitie', doc: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Over de projectencarrousel' }] }] } } });

    expect(await ids('coordinatie')).toContain('source:Coördinatie in Transvaal');
    expect(await ids('experimenteeren')).toContain('quote:Stop met experimenteren');
    expect(await ids('adem')).toContain('lesson:Kies voor de lange termijn');
    expect(await ids('vogelar')).toContain('tag:Vogelaarwijken');
    expect(await ids('carrousel')).toContain('note:Leesnotitie');
    expect(await ids('anna')).toContain('person:Anna de Wit');
    expect(await ids('experimenteren', { kinds: ['quote'], personId: anna.id })).toEqual(['quote:Stop met experimenteren']);
  });

  it('follows every change at once: add, edit, delete, restore', async () => {
    await t.call('search.query', { text: 'iets' }); // builds the index
    const lesson = await t.call('lessons.create', { title: 'Investeer in vertrouwen' });
    expect(await ids('vertrouwen')).toEqual(['lesson:Investeer in vertrouwen']);
    await t.call('lessons.update', { id: lesson.id, title: 'Investeer in geduld' });
    expect(await ids('vertrouwen')).toEqual([]);
    expect(await ids('geduld')).toEqual(['lesson:Investeer in geduld']);
    await t.call('lessons.update', { id: lesson.id, aliases: ['Vertrouwen komt te voet'] });
    expect(await ids('voet')).toEqual(['lesson:Investeer in geduld']);
    await t.call('lessons.delete', { id: lesson.id });
    expect(await ids('geduld')).toEqual([]);
    await t.call('lessons.restore', { id: lesson.id });
    expect(await ids('geduld')).toEqual(['lesson:Investeer in geduld']);
  });

  it('hides the quotes of a source in the trash and brings them back', async () => {
    const source = await t.call('sources.create', { title: 'Verslag', text: 'De leefbaarheid ging vooruit.' });
    await t.call('quotes.create', { sourceId: source.id, start: 3, end: 15 });
    await t.call('search.query', { text: 'x' });
    expect((await t.call('search.query', { text: 'leefbaarheid', kinds: ['quote'] })).hits).toHaveLength(1);
    await t.call('sources.delete', { id: source.id });
    expect((await t.call('search.query', { text: 'leefbaarheid' })).hits).toHaveLength(0);
    await t.call('sources.restore', { id: source.id });
    expect((await t.call('search.query', { text: 'leefbaarheid', kinds: ['quote'] })).hits).toHaveLength(1);
  });
});
