import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePdf } from '../test-support/files';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { exportCollection } from '../export/export-collection';
import { apaReferences } from './format-citation';
import { importReferences } from './import-references';
import { storedCitation } from './source-citation';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

/** As Zotero 7 writes them ("Export Collection…"), shortened. */
const CSL_JSON = JSON.stringify([
  {
    id: 'http://zotero.org/users/local/abc/items/X7Q2',
    type: 'article-journal',
    title: 'Wijkaanpak: lessen uit vijfentwintig jaar',
    'container-title': 'Tijdschrift voor Sociale Vraagstukken',
    DOI: '10.1234/tsv.2024.01',
    URL: 'https://example.org/artikel',
    author: [
      { family: 'Kleinhans', given: 'Reinout' },
      { family: 'Ağaoğlu', given: 'Noël' },
    ],
    issued: { 'date-parts': [['2024', 3, 6]] },
    abstract: 'Vijfentwintig jaar wijkaanpak laat zien dat kennis niet beklijft.',
    language: 'nl',
  },
  { id: 'b', type: 'report', title: 'Evaluatie krachtwijken', publisher: 'Platform31', issued: { 'date-parts': [[2011]] }, author: [{ literal: 'Platform31' }] },
]);

const BIBTEX = `@report{wojcik_2011,
  title = {Evaluatie van de krachtwijkenaanpak in {Utrecht}},
  author = {Wójcik, Łukasz and Yılmaz, Ayşe},
  date = {2011-06},
  institution = {Gemeente Utrecht},
  url = {https://example.org/evaluatie},
  file = {Volledige tekst:files/31/Wójcik - 2011 - Evaluatie.pdf:application/pdf},
}`;

const RIS = `TY  - NEWS
TI  - Bewoners Overvecht willen vaste gezichten
AU  - Mensah, Joyce
PY  - 2013/05/14
T2  - Stadsblad
UR  - https://example.org/krant
L1  - files/7/krant.pdf
ER  - 
`;

describe('sources from Zotero', () => {
  it('imports CSL-JSON with title, authors as profiles, date, outlet, URL and DOI, and skips it the second time', async () => {
    const none = () => null;
    const report = await importReferences(t.library, 'zotero.json', CSL_JSON, none);
    expect(report.imported.map((r) => r.title)).toEqual(['Wijkaanpak: lessen uit vijfentwintig jaar', 'Evaluatie krachtwijken']);
    const source = await t.call('sources.get', { id: report.imported[0]?.id ?? '' });
    expect(source).toMatchObject({ kind: 'article', outlet: 'Tijdschrift voor Sociale Vraagstukken', date: '2024-03-06', url: 'https://example.org/artikel', text: 'Vijfentwintig jaar wijkaanpak laat zien dat kennis niet beklijft.' });
    const names = await Promise.all(source.people.map(async (p) => (await t.call('people.get', { id: p.personId })).name));
    expect(names).toEqual(['Reinout Kleinhans', 'Noël Ağaoğlu']);
    expect(source.people.every((p) => p.part === 'author')).toBe(true);
    expect(storedCitation(t.library.db, source.id)?.DOI).toBe('10.1234/tsv.2024.01');
    expect((await t.call('sources.get', { id: report.imported[1]?.id ?? '' })).outlet).toBe('Platform31');

    const again = await importReferences(t.library, 'zotero.json', CSL_JSON, none);
    expect(again.imported).toEqual([]);
    expect(again.skipped).toHaveLength(2);
  });

  it('imports BibTeX with its attached PDF as the source’s text and original', async () => {
    const pdf = makePdf(['Het duurde tien jaar voordat bewoners ons vertrouwden.', 'Stop met experimenteren.'], 'Evaluatie');
    const asked: string[] = [];
    const report = await importReferences(t.library, 'zotero.bib', BIBTEX, (path) => {
      asked.push(path);
      return path === 'files/31/Wójcik - 2011 - Evaluatie.pdf' ? { fileName: 'Wójcik - 2011 - Evaluatie.pdf', bytes: pdf } : null;
    });
    expect(asked).toEqual(['files/31/Wójcik - 2011 - Evaluatie.pdf']);
    expect(report.imported).toEqual([{ id: expect.any(String), title: 'Evaluatie van de krachtwijkenaanpak in Utrecht', attachment: 'Wójcik - 2011 - Evaluatie.pdf' }]);
    const source = await t.call('sources.get', { id: report.imported[0]?.id ?? '' });
    expect(source).toMatchObject({ kind: 'report', outlet: 'Gemeente Utrecht', date: '2011-06', url: 'https://example.org/evaluatie', original: { name: 'Wójcik - 2011 - Evaluatie.pdf', mime: 'application/pdf' } });
    expect(source.text).toContain('Het duurde tien jaar voordat bewoners ons vertrouwden.');
    const names = await Promise.all(source.people.map(async (p) => (await t.call('people.get', { id: p.personId })).name));
    expect(names).toEqual(['Łukasz Wójcik', 'Ayşe Yılmaz']);
  });

  it('imports RIS and says which attachment it could not find', async () => {
    const report = await importReferences(t.library, 'zotero.ris', RIS, () => null);
    expect(report.imported[0]).toMatchObject({ title: 'Bewoners Overvecht willen vaste gezichten', attachment: null });
    expect(report.missingAttachments).toEqual([{ title: 'Bewoners Overvecht willen vaste gezichten', files: ['files/7/krant.pdf'] }]);
    expect(await t.call('sources.get', { id: report.imported[0]?.id ?? '' })).toMatchObject({ kind: 'article', outlet: 'Stadsblad', date: '2013-05-14' });
  });

  it('refuses a file that is not what its name says, with nothing written', async () => {
    await expect(importReferences(t.library, 'x.json', '{"format":"wijkgeheugen-bundle"}', () => null)).rejects.toThrow(/geen CSL-JSON/);
    await expect(importReferences(t.library, 'x.json', '[{"title": 12}]', () => null)).rejects.toThrow(/verwijzing 1/);
    expect((await t.call('sources.list', {})).total).toBe(0);
  });
});

describe('APA 7 references', () => {
  it('formats an imported record in Dutch and English', async () => {
    const [item] = JSON.parse(CSL_JSON) as object[];
    const [nl] = await apaReferences([item as never], 'nl');
    expect(nl).toBe('Kleinhans, R., & Ağaoğlu, N. (2024). Wijkaanpak: lessen uit vijfentwintig jaar. Tijdschrift voor Sociale Vraagstukken. https://doi.org/10.1234/tsv.2024.01');
    const [en] = await apaReferences([item as never], 'en');
    expect(en).toContain('Kleinhans, R., & Ağaoğlu, N. (2024).');
  });
});

describe('provenance in APA 7', () => {
  it('names a quote’s source as its APA reference when the export asks for it, keeping consent for authors', async () => {
    const report = await importReferences(t.library, 'zotero.json', CSL_JSON, () => null);
    const source = await t.call('sources.get', { id: report.imported[0]?.id ?? '' });
    // Noël Ağaoğlu asked for a pseudonym.
    const noel = source.people[1]?.personId ?? '';
    await t.call('people.update', { id: noel, consent: 'pseudonym', pseudonym: 'Onderzoeker B' });
    const quote = await t.call('quotes.create', { sourceId: source.id, start: 0, end: source.text.indexOf(' laat') });
    const collection = await t.call('collections.create', { title: 'Met bronnen', items: [{ kind: 'quote', itemId: quote.id, heading: null, commentary: '' }] });
    const md = new TextDecoder().decode((await exportCollection(t.library.db, collection.id, 'md', new Date(), { citation: 'apa' })).bytes);
    expect(md).toContain('Kleinhans, R. & Onderzoeker B. (2024). Wijkaanpak: lessen uit vijfentwintig jaar. Tijdschrift voor Sociale Vraagstukken. https://doi.org/10.1234/tsv.2024.01');
    expect(md).not.toMatch(/Ağaoğlu|Noël/);
    const plain = new TextDecoder().decode((await exportCollection(t.library.db, collection.id, 'md')).bytes);
    expect(plain).toContain('Wijkaanpak: lessen uit vijfentwintig jaar, Tijdschrift voor Sociale Vraagstukken');
  });
});
