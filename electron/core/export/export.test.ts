import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/api/exports';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { exportCollection } from './export-collection';
import { exportedFile } from './export-files';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The words of an export as a reader sees them: DOCX read back with mammoth, PDF with pdf.js. */
async function readable(format: string, bytes: Uint8Array): Promise<string> {
  if (format === 'wgbundle') {
    const { unzip } = await import('../refi/refi-test-support');
    return (await unzip(bytes)).get('bundle.json')?.toString('utf8') ?? '';
  }
  if (format === 'docx') {
    // As HTML, because that includes the footnotes (the provenance) where raw text does not.
    const { default: mammoth } = await import('mammoth');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
  }
  if (format === 'pdf') {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    let out = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      out += (content.items as { str?: string; hasEOL?: boolean }[]).map((i) => `${i.str ?? ''}${i.hasEOL ? '\n' : ''}`).join('');
    }
    await pdf.destroy();
    return out;
  }
  return text(bytes);
}

async function hostileCollection() {
  const anna = await t.call('people.create', { name: 'Anna de Wit', roles: [{ role: 'wijkregisseur', organisation: 'Gemeente Rotterdam', place: 'Rotterdam-Zuid', from: '2000', to: '2010' }] });
  const body = '=HYPERLINK("http://evil.example","klik") en <script>window.x=1</script> zei Anna.';
  const source = await t.call('sources.create', { title: '<img src=x onerror=alert(1)> ../../x', outlet: 'CON', date: '2005-04', url: 'https://example.org/a?b=1&c=<2>', text: body });
  await t.call('quotes.create', { sourceId: source.id, start: 0, end: body.length, speakerId: anna.id });
  const lesson = await t.call('lessons.create', { title: '<script>alert("les")</script>', aliases: ['@SUM(A1)'] });
  const quotes = (await t.call('quotes.list', {})).items;
  await t.call('quotes.update', { id: quotes[0]?.id ?? '', lessons: [{ lessonId: lesson.id }] });
  return t.call('collections.create', { title: '../../CON', items: [{ kind: 'lesson', itemId: lesson.id, heading: '<h1>kop</h1>', commentary: '+cmd|calc' }] });
}

describe('exports', () => {
  it('neutralises hostile titles and texts in every format and in the file name', async () => {
    const collection = await hostileCollection();
    const files = Object.fromEntries(await Promise.all(EXPORT_FORMATS.map(async (f) => [f, await exportCollection(t.library.db, collection.id, f)] as const)));
    for (const f of EXPORT_FORMATS) {
      expect(files[f]?.fileName, f).not.toMatch(/[\\/]|\.\./);
      expect(files[f]?.fileName).toBe(`CON-bestand.${f}`);
    }
    const html = text(files.html?.bytes ?? new Uint8Array());
    expect(html).not.toMatch(/<script>|<img|<h1>kop/);
    expect(html).toContain('&lt;script&gt;alert(&quot;les&quot;)&lt;/script&gt;');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=&lt;2&gt;"');
    const md = text(files.md?.bytes ?? new Uint8Array());
    // In Markdown a backslash makes < plain text: no unescaped tag may remain.
    expect(md).not.toMatch(/(^|[^\\])<(script|img|h1)/);
    expect(md).toContain('\\<script>');
    const csv = text(files.csv?.bytes ?? new Uint8Array());
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"") en <script>`);
    expect(csv.split('\r\n')[0]).toContain('citaat');
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    const bundle = JSON.parse(text(files.json?.bytes ?? new Uint8Array()));
    expect(bundle).toMatchObject({ format: 'wijkgeheugen-bundle', version: 1 });
    expect(bundle.lessons[0].title).toBe('<script>alert("les")</script>');
  });

  it('applies consent everywhere: no real name of a pseudonymised or left-out person in any output byte', async () => {
    const anna = await t.call('people.create', { name: 'Anna de Wit', consent: 'pseudonym', pseudonym: 'Respondent A', roles: [{ role: 'wijkregisseur', organisation: 'Gemeente Rotterdam', place: 'Rotterdam-Zuid' }] });
    const bram = await t.call('people.create', { name: 'Bram Koster', consent: 'omit' });
    const cees = await t.call('people.create', { name: 'Cees Hoekstra' });
    const body = 'Anna de Wit zei tegen Bram: stop met experimenteren. Cees knikte.';
    const source = await t.call('sources.create', { title: 'Gesprek met Anna de Wit en Bram Koster', text: body, people: [{ personId: anna.id, part: 'interviewee' }, { personId: bram.id, part: 'interviewee' }] });
    const q1 = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 52, speakerId: anna.id });
    const q2 = await t.call('quotes.create', { sourceId: source.id, start: 53, end: body.length, speakerId: bram.id });
    const q3 = await t.call('quotes.create', { sourceId: source.id, start: 27, end: 52, speakerId: cees.id });
    const note = { root: { type: 'root' as const, children: [{ type: 'paragraph', children: [{ type: 'item-mention', itemKind: 'person', itemId: bram.id, text: '@Bram Koster' }, { type: 'text', text: ' en Anna de Wit' }] }] } };
    await t.call('notes.create', { target: { kind: 'quote', id: q1.id }, doc: note });
    const collection = await t.call('collections.create', {
      title: 'Lessen van Anna de Wit',
      items: [
        { kind: 'quote', itemId: q1.id, commentary: 'Bram Koster was het daar niet mee eens.' },
        { kind: 'quote', itemId: q2.id },
        { kind: 'quote', itemId: q3.id },
        { kind: 'person', itemId: anna.id },
        { kind: 'person', itemId: bram.id, commentary: 'Bram Koster in 2010' },
      ],
    });
    const privacy = await t.call('exports.privacy', { collectionId: collection.id });
    expect(privacy).toEqual({ named: ['Cees Hoekstra'], pseudonymised: [{ name: 'Anna de Wit', pseudonym: 'Respondent A' }], omitted: ['Bram Koster'] });
    for (const format of EXPORT_FORMATS) {
      const { bytes, fileName, privacy: reported } = await exportCollection(t.library.db, collection.id, format);
      // Every format reports the same people as the summary shown before writing.
      expect(reported, format).toEqual(privacy);
      const output = `${fileName}\n${await readable(format, bytes)}`;
      for (const secret of ['Anna', 'de Wit', 'Bram', 'Koster', 'Gemeente Rotterdam']) expect(output, `${format}: ${secret}`).not.toContain(secret);
      expect(output, format).toContain('Respondent A');
      expect(output, format).toContain('Cees Hoekstra');
    }
  });

  it('exports the example library collection with every quote and its provenance', async () => {
    await t.call('library.loadExample', {});
    const [collection] = (await t.call('collections.list', {})).items;
    const md = text((await exportCollection(t.library.db, collection?.id ?? '', 'md')).bytes);
    const html = text((await exportCollection(t.library.db, collection?.id ?? '', 'html')).bytes);
    expect(md).toContain('# Wat werkt in de wijkaanpak');
    expect(html).toContain('<h1>Wat werkt in de wijkaanpak: tien lessen met bewijs, 1998–2025</h1>');
    const evidence = await t.call('quotes.list', { lessonId: (await t.call('lessons.list', { query: 'Stop met experimenteren' })).items[0]?.id, limit: 50 });
    for (const q of evidence.items) expect(html).toContain(q.text.replace(/’/g, '’'));
    expect(html).toMatch(/Anna de Wit \(wijkregisseur, Gemeente Rotterdam, Rotterdam-Zuid\) · Gesprek met Anna de Wit/);
    // Fatima El Amrani gave consent under a pseudonym only.
    expect(html).not.toContain('Fatima');
    // The Word file (read back with mammoth) and the PDF (read with pdf.js) carry the same quotes and provenance.
    const docx = await readable('docx', (await exportCollection(t.library.db, collection?.id ?? '', 'docx')).bytes);
    const pdf = (await readable('pdf', (await exportCollection(t.library.db, collection?.id ?? '', 'pdf')).bytes)).replace(/\s+/g, ' ');
    for (const q of evidence.items) {
      expect(docx).toContain(q.text);
      expect(pdf).toContain(q.text.replace(/\s+/g, ' '));
    }
    expect(docx).toMatch(/Anna de Wit \(wijkregisseur, Gemeente Rotterdam, Rotterdam-Zuid\)\. Gesprek met Anna de Wit/);
    expect(pdf).toContain('Anna de Wit (wijkregisseur, Gemeente Rotterdam, Rotterdam-Zuid)');
    expect(`${docx}${pdf}`).not.toContain('Fatima');
  });
});

describe('exporting loose items', () => {
  it('exports a lesson with its evidence, and a set of search results, in every format but the bundle', async () => {
    await t.call('library.loadExample', {});
    const lesson = (await t.call('lessons.list', { query: 'Investeer in vertrouwen' })).items[0];
    const md = await t.call('exports.items', { title: lesson?.title ?? '', items: [{ kind: 'lesson', itemId: lesson?.id ?? '' }], format: 'md' });
    const stored = exportedFile(t.dir, md.downloadId);
    const text = readFileSync(stored?.path ?? '', 'utf8');
    expect(md.size).toBe(Buffer.byteLength(text));
    expect(md.fileName).toBe('Investeer in vertrouwen.md');
    expect(text).toContain('# Investeer in vertrouwen');
    expect(text.match(/^> /gm)?.length).toBeGreaterThanOrEqual(9);
    const hits = (await t.call('search.query', { text: 'vertrouwen', kinds: ['quote'], limit: 20 })).hits;
    const csv = await t.call('exports.items', { title: 'Zoekresultaten: vertrouwen', items: hits.map((h) => ({ kind: 'quote' as const, itemId: h.id })), format: 'csv' });
    expect(readFileSync(exportedFile(t.dir, csv.downloadId)?.path ?? '', 'utf8').trim().split('\r\n')).toHaveLength(hits.length + 1);
    // Download ids are the only way in: anything else finds nothing.
    expect(exportedFile(t.dir, '../../wijkgeheugen.sqlite')).toBeNull();
    expect(exportedFile(t.dir, '0'.repeat(32))).toBeNull();
  });
});

describe('exports fit to send', () => {
  async function neighbourhoodCollection(language: 'nl' | 'en' = 'nl') {
    const names = ['Ayşe Yılmaz', 'Łukasz Wójcik', 'Noël Ağaoğlu'];
    const people = [];
    for (const name of names) people.push(await t.call('people.create', { name }));
    const arabic = await t.call('people.create', { name: 'محمد العلوي' });
    const lesson = await t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    const text = 'WijkWijzen-interview (TU Delft) van 2024-03-06: het duurde tien jaar. Stop met experimenteren, zei iedereen. Maar pilots werkten wél.';
    const source = await t.call('sources.create', { title: 'WijkWijzen-interview (TU Delft)', kind: 'interview', text, date: '2007-03-14' });
    const quotes = [];
    for (const [i, speaker] of [...people, arabic].entries()) {
      const start = i % 2 === 0 ? 0 : text.indexOf('Stop');
      const end = i % 2 === 0 ? text.indexOf(' Stop') : text.length;
      quotes.push(await t.call('quotes.create', { sourceId: source.id, start, end, speakerId: speaker.id, dateSaid: ['2007-03-14', '2007-03', '2007', '2008-11-02'][i], lessons: [{ lessonId: lesson.id, stance: i === 3 ? 'challenges' : 'supports' }] }));
    }
    const mention = { type: 'item-mention', text: '@Ayşe Yılmaz', itemKind: 'person', itemId: people[0]?.id, detail: 0, format: 0, mode: 'segmented', style: '', version: 1 };
    const intro = { root: { type: 'root' as const, direction: null, format: '', indent: 0, version: 1, children: [{ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, children: [{ type: 'text', text: 'Gesprekken met ', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }, mention] }] } };
    const collection = await t.call('collections.create', {
      title: 'Stemmen uit de wijk',
      intro,
      items: [...quotes.map((q, i) => ({ kind: 'quote' as const, itemId: q.id, heading: null, commentary: i === 0 ? 'Let op de tien jaar.' : '' })), { kind: 'lesson' as const, itemId: lesson.id, heading: 'Per les', commentary: '' }],
    });
    const lessonOnly = { title: lesson.title, intro: null, items: [{ kind: 'lesson' as const, itemId: lesson.id, heading: null, commentary: '' }] };
    return { collection, lessonOnly, language };
  }

  it('embeds a Unicode font: names from the neighbourhood come back from the PDF exactly, with page numbers', async () => {
    const { collection } = await neighbourhoodCollection();
    const pdf = await readable('pdf', (await exportCollection(t.library.db, collection.id, 'pdf')).bytes);
    for (const name of ['Ayşe Yılmaz', 'Łukasz Wójcik', 'Noël Ağaoğlu']) expect(pdf).toContain(name);
    expect(pdf).toMatch(/Pagina 1 van \d/);
    expect(pdf).toContain('14 maart 2007');
    expect(pdf).toContain('maart 2007');
    expect(pdf).toContain('spreekt deze les tegen');
    expect(pdf).not.toContain('ondersteunt');
    expect(pdf).toContain('Gesprekken met Ayşe Yılmaz');
    expect(pdf).not.toContain('@');
  });

  it('writes dates as a person does, stance in words, mentions without their @, and Markdown that escapes only what it must', async () => {
    const { collection } = await neighbourhoodCollection();
    const md = text((await exportCollection(t.library.db, collection.id, 'md')).bytes);
    expect(md).toContain('WijkWijzen-interview (TU Delft)');
    expect(md).toContain('van 2024-03-06');
    expect(md).not.toMatch(/\\[-().]/);
    expect(md).toContain('Gesprekken met Ayşe Yılmaz');
    expect(md).not.toContain('@Ayşe');
    expect(md).toContain('14 maart 2007');
    // The commentary sits in the quotation block of its own quote.
    expect(md).toMatch(/> — Ayşe Yılmaz[^\n]*\n>\n> \*Let op de tien jaar\.\*/);
    const docx = await readable('docx', (await exportCollection(t.library.db, collection.id, 'docx')).bytes);
    expect(docx).toContain('14 maart 2007');
    expect(docx).not.toMatch(/ondersteunt|2007-03-14/);
    const en = text((await exportCollection(t.library.db, collection.id, 'html', new Date(), { language: 'en' })).bytes);
    expect(en).toContain('14 March 2007');
    expect(en).toContain('contradicts this lesson');
    expect(en).toContain('<html lang="en">');
  });

  it('does not repeat the title when a lesson is exported on its own', async () => {
    const { lessonOnly } = await neighbourhoodCollection();
    const { exportItems } = await import('./export-collection');
    const pdf = await readable('pdf', (await exportItems(t.library.db, lessonOnly, 'pdf')).bytes);
    expect(pdf.split('Kies voor de lange termijn').length - 1).toBe(1);
    const html = text((await exportItems(t.library.db, lessonOnly, 'html')).bytes);
    expect(html.match(/Kies voor de lange termijn<\/h/g)).toHaveLength(1);
  });
});

describe('a bundle with its originals (.wgbundle)', () => {
  it('carries the stored original of a source, merged by hash where it lands; a tampered original is refused', async () => {
    const { makeDocx } = await import('../test-support/files');
    const { importFile } = await import('../io/import-file');
    const { importBundleArchive } = await import('../bundle/import-bundle-archive');
    const { source } = await importFile(t.library, 'gesprek.docx', await makeDocx(['Stop met experimenteren.', 'Kies voor de lange termijn.']));
    const quote = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 24 });
    const collection = await t.call('collections.create', { title: 'Met origineel', items: [{ kind: 'quote', itemId: quote.id, heading: null, commentary: '' }] });
    const archive = await exportCollection(t.library.db, collection.id, 'wgbundle');
    expect(archive.fileName).toBe('Met origineel.wgbundle');

    const other = await openTestLibrary();
    try {
      const report = await importBundleArchive(other.library, archive.bytes);
      expect(report.added).toBeGreaterThanOrEqual(3);
      const landed = await other.call('sources.get', { id: source.id });
      expect(landed.original).toEqual(source.original);
      const { originalPath } = await import('../sources/originals');
      expect(readFileSync(originalPath(other.library, source.original?.sha256 ?? ''))).toEqual(readFileSync(originalPath(t.library, source.original?.sha256 ?? '')));

      // The same archive with one byte of the original changed is refused whole.
      const { default: JSZip } = await import('jszip');
      const zip = await JSZip.loadAsync(archive.bytes);
      const name = Object.keys(zip.files).find((n) => n.startsWith('originals/')) ?? '';
      const bytes = await zip.file(name)?.async('uint8array');
      if (bytes) bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
      zip.file(name, bytes ?? new Uint8Array());
      const third = await openTestLibrary();
      try {
        await expect(importBundleArchive(third.library, await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/SHA-256/);
        expect((await third.call('sources.list', {})).total).toBe(0);
      } finally {
        third.cleanup();
      }
    } finally {
      other.cleanup();
    }
  });

  it('leaves an original out when its text names someone who asked for a pseudonym', async () => {
    const { makeDocx } = await import('../test-support/files');
    const { importFile } = await import('../io/import-file');
    await t.call('people.create', { name: 'Anna de Wit', consent: 'pseudonym', pseudonym: 'Respondent A' });
    const { source } = await importFile(t.library, 'anna.docx', await makeDocx(['Anna de Wit zei: stop met experimenteren.']));
    const quote = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 11 });
    const collection = await t.call('collections.create', { title: 'Beschermd', items: [{ kind: 'quote', itemId: quote.id, heading: null, commentary: '' }] });
    const { unzip } = await import('../refi/refi-test-support');
    const files = await unzip((await exportCollection(t.library.db, collection.id, 'wgbundle')).bytes);
    expect([...files.keys()]).toEqual(['bundle.json']);
    expect(files.get('bundle.json')?.toString('utf8')).not.toContain('Anna');
  });
});
