import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { type BodyReader, type SearchDoc, SearchIndex } from './search-index';

/** An index in a fresh in-memory library schema: the index lives in SQLite, as in the app. */
function newIndex(readBody?: BodyReader): SearchIndex {
  const db = new Database(':memory:');
  for (const migration of migrations) migration.up(db);
  return new SearchIndex(db, readBody);
}

const doc = (kind: SearchDoc['kind'], id: string, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  kind,
  id,
  title,
  body,
  date: null,
  tagIds: [],
  personIds: [],
  lessonIds: [],
  ...extra,
});

function sample(): SearchIndex {
  const index = newIndex();
  index.upsert(doc('quote', 'q1', '', 'Zonder goede coördinatie tussen corporaties en gemeente gebeurt er niets.', { date: '2004', personIds: ['p1'] }));
  index.upsert(doc('quote', 'q2', '', 'Stop met experimenteren: twintig pilots en geen één werd structureel.', { date: '2011-05', lessonIds: ['l1'] }));
  index.upsert(doc('quote', 'q3', '', 'De buurtsamenwerking in Transvaal liep pas na tien jaar.', { date: '2019', tagIds: ['t-den-haag'] }));
  index.upsert(doc('lesson', 'l1', 'Stop met experimenteren', 'Geen pilots meer'));
  index.upsert(doc('person', 'p1', 'Anna de Wit', 'wijkregisseur Rotterdam-Zuid'));
  index.upsert(doc('source', 's1', 'Kies voor de langetermijnvisie', 'Een rapport over de wijkaanpak.', { date: '2008' }));
  return index;
}

const ids = (index: SearchIndex, text: string, extra = {}) => index.search({ text, ...extra }).hits.map((h) => h.id);

describe('SearchIndex', () => {
  it('is diacritics-insensitive both ways', () => {
    const index = sample();
    expect(ids(index, 'coordinatie')).toContain('q1');
    expect(ids(index, 'coördinatie')).toContain('q1');
  });

  it('tolerates typos, unfinished words and words inside compounds', () => {
    const index = sample();
    expect(ids(index, 'experimenteeren')[0]).toBe('l1');
    expect(ids(index, 'experimenteeren')).toContain('q2');
    expect(ids(index, 'experim')).toContain('q2');
    expect(ids(index, 'samenwerk')).toEqual(['q3']);
    expect(ids(index, 'lange termijn')).toContain('s1');
  });

  it('matches one or two letters against titles and names only', () => {
    const index = sample();
    expect(ids(index, 'an')).toEqual(['p1']);
  });

  it('filters by kind, person, lesson, label and date range', () => {
    const index = sample();
    expect(ids(index, 'stop', { kinds: ['lesson'] })).toEqual(['l1']);
    expect(ids(index, 'coordinatie', { personId: 'p2' })).toEqual([]);
    expect(ids(index, 'pilots', { lessonId: 'l1' })).toEqual(['q2']);
    expect(ids(index, 'transvaal', { tagIds: ['t-den-haag'] })).toEqual(['q3']);
    expect(ids(index, 'pilots', { dateFrom: '2010', dateTo: '2011' })).toEqual(['q2']);
    expect(ids(index, 'pilots', { dateFrom: '2012' })).toEqual([]);
  });

  it('highlights the matched words in the original text', () => {
    const hit = sample().search({ text: 'coordinatie' }).hits.find((h) => h.id === 'q1');
    const [range] = hit?.snippetRanges ?? [];
    expect(range && hit?.snippet.slice(range[0], range[1])).toBe('coördinatie');
  });

  it('shows a window of a long text around the match', () => {
    const index = newIndex();
    index.upsert(doc('source', 's', 'Lang verslag', `${'Inleidende woorden zonder belang. '.repeat(50)}Hier staat de kern: vertrouwen.`));
    const hit = index.search({ text: 'vertrouwen' }).hits[0];
    expect(hit?.snippet).toMatch(/^…/);
    const [range] = hit?.snippetRanges ?? [];
    expect(range && hit?.snippet.slice(range[0], range[1])).toBe('vertrouwen');
  });

  it('reads a text too long to keep beside the index only for the hits shown', () => {
    const long = `${'Inleidende woorden zonder belang. '.repeat(100)}Hier staat de kern: vertrouwen.`;
    const read: string[] = [];
    const index = newIndex((kind, id) => {
      read.push(`${kind}:${id}`);
      return long;
    });
    index.upsert(doc('source', 's', 'Lang verslag', long));
    index.upsert(doc('quote', 'q', '', 'Vertrouwen komt te voet.'));
    const hit = index.search({ text: 'vertrouwen' }).hits.find((h) => h.id === 's');
    expect(hit?.snippet).toMatch(/^….*vertrouwen\.$/);
    expect(read).toEqual(['source:s']);
  });

  it('keeps working for a second index on the same file, which sees words added by the first', () => {
    const db = new Database(':memory:');
    for (const migration of migrations) migration.up(db);
    const first = new SearchIndex(db);
    const second = new SearchIndex(db);
    first.upsert(doc('quote', 'q1', '', 'Buurtvaders in de avond.'));
    expect(second.search({ text: 'buurtvaders' }).hits.map((h) => h.id)).toEqual(['q1']);
    first.upsert(doc('quote', 'q2', '', 'Straatcoaches in de nacht.'));
    expect(second.search({ text: 'straatcoach' }).hits.map((h) => h.id)).toEqual(['q2']);
  });

  it('changes results at once on add, edit, delete and restore', () => {
    const index = sample();
    expect(ids(index, 'leefbaarheid')).toEqual([]);
    index.upsert(doc('quote', 'q4', '', 'Leefbaarheid meet je in de portiek.'));
    expect(ids(index, 'leefbaarheid')).toEqual(['q4']);
    index.upsert(doc('quote', 'q4', '', 'Veiligheid meet je in de portiek.'));
    expect(ids(index, 'leefbaarheid')).toEqual([]);
    expect(ids(index, 'veiligheid')).toEqual(['q4']);
    index.remove('quote', 'q4');
    expect(ids(index, 'veiligheid')).toEqual([]);
    index.upsert(doc('quote', 'q4', '', 'Veiligheid meet je in de portiek.'));
    expect(ids(index, 'veiligheid')).toEqual(['q4']);
  });

  it('limits results per kind and counts them all', () => {
    const index = newIndex();
    for (let i = 0; i < 30; i++) index.upsert(doc('quote', `q${i}`, '', `Wijkaanpak nummer ${i}`));
    const result = index.search({ text: 'wijkaanpak', limit: 5 });
    expect(result.hits).toHaveLength(5);
    expect(result.counts.quote).toBe(30);
  });
});
