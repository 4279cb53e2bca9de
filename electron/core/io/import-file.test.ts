import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { makeDocx, makePdf, makeZipBomb, utf8 } from '../test-support/files';
import { importFile } from './import-file';
import { dispatch } from '../dispatch';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const stats = () => t.call('library.stats', {});

describe('importers', () => {
  it('reads .docx text and its title, keeping the original', async () => {
    const bytes = await makeDocx(['Gesprek met de wijkregisseur', 'Stop met experimenteren.', 'Kies voor de lange termijn.'], { title: 'Interview Transvaal', creator: 'F. Jansen' });
    const { source } = await importFile(t.library, 'interview.docx', bytes);
    expect(source.title).toBe('Interview Transvaal');
    expect(source.text).toBe('Gesprek met de wijkregisseur\n\nStop met experimenteren.\n\nKies voor de lange termijn.');
    expect(source.original).toMatchObject({ mime: expect.stringContaining('wordprocessingml'), size: bytes.byteLength });
  });

  it('reads HTML as text only, with title, date and URL from the metadata', async () => {
    const html = `<!doctype html><html><head><title>Tien jaar krachtwijken</title>
      <meta property="article:published_time" content="2017-06-02T08:00:00Z"><meta property="og:url" content="https://example.org/krachtwijken">
      <script>window.canary = 1</script><style>p{}</style></head>
      <body><nav>Menu</nav><h1>Tien jaar</h1><p>De wijkaanpak <b>werkte</b> waar men volhield.</p><img src=x onerror="alert(1)"><p>Tweede &amp; laatste alinea.</p></body></html>`;
    const { source } = await importFile(t.library, 'artikel.html', utf8(html.replace('<title>', '<meta name="author" content="Pieter de Graaf"><title>')));
    expect(source).toMatchObject({ title: 'Tien jaar krachtwijken', date: '2017-06-02', url: 'https://example.org/krachtwijken', kind: 'article' });
    const author = await t.call('people.get', { id: source.people[0]?.personId ?? '' });
    expect([author.name, source.people[0]?.part]).toEqual(['Pieter de Graaf', 'author']);
    expect(source.text).toBe('Tien jaar\n\nDe wijkaanpak werkte waar men volhield.\n\nTweede & laatste alinea.');
  });

  it('refuses an impossible date in HTML metadata by leaving the date empty', async () => {
    const html = '<html><head><meta name="date" content="2007-13-45"><title>x</title></head><body><p>Tekst</p></body></html>';
    const { source } = await importFile(t.library, 'a.html', utf8(html));
    expect(source.date).toBeNull();
  });

  it('reads PDF text with pdf.js, with its title and date', async () => {
    const { source } = await importFile(t.library, 'rapport.pdf', makePdf(['Evaluatie krachtwijken', 'Bewoners aan het stuur werkte.'], 'Evaluatie 2019'));
    expect(source).toMatchObject({ title: 'Evaluatie 2019', date: '2019-05-14', kind: 'report' });
    expect(source.text).toContain('Bewoners aan het stuur werkte.');
  });

  it('turns WebVTT and SRT cues and "Naam: tekst" lines into speaker turns', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna de Wit>Stop met experimenteren.\n\n00:00:04.500 --> 00:00:06.000\n<v Anna de Wit>Echt waar.\n\n00:00:06.000 --> 00:00:08.000\n<v Interviewer>Waarom?\n';
    const fromVtt = await importFile(t.library, 'gesprek.vtt', utf8(vtt));
    expect(fromVtt.source.text).toBe('Anna de Wit: Stop met experimenteren. Echt waar.\n\nInterviewer: Waarom?');
    expect(fromVtt.speakers).toEqual(['Anna de Wit', 'Interviewer']);
    expect(fromVtt.source.speakers).toEqual([
      { label: 'Anna de Wit', personId: null },
      { label: 'Interviewer', personId: null },
    ]);
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nBram: Het geld was op.\n\n2\n00:00:03,000 --> 00:00:05,000\nCees: Toen begon het net.\n';
    expect((await importFile(t.library, 'gesprek.srt', utf8(srt))).speakers).toEqual(['Bram', 'Cees']);
    const turns = await importFile(t.library, 'notulen.txt', utf8('Anna: Eerst veiligheid.\nBram: Dan de rest.\nAnna: Precies.'));
    expect(turns).toMatchObject({ speakers: ['Anna', 'Bram'], source: { kind: 'transcript' } });
  });

  it('matches speakers to profiles, which makes them speakers of the source', async () => {
    const { source } = await importFile(t.library, 'notulen.txt', utf8('Anna: Eerst veiligheid.\nBram: Dan de rest.'));
    const anna = await t.call('people.create', { name: 'Anna de Wit' });
    const matched = await t.call('sources.matchSpeakers', { id: source.id, speakers: [{ label: 'Anna', personId: anna.id }, { label: 'Bram', personId: null }] });
    expect(matched.speakers[0]).toEqual({ label: 'Anna', personId: anna.id });
    expect(matched.people).toEqual([{ personId: anna.id, part: 'speaker' }]);
  });

  it('refuses broken files with a message and leaves the library unchanged', async () => {
    const before = await stats();
    const docx = await makeDocx(['Tekst']);
    const cases: [string, Uint8Array | Promise<Uint8Array>, RegExp][] = [
      ['afgekapt.docx', docx.slice(0, Math.floor(docx.length / 2)), /beschadigd|afgekapt/],
      ['bom.docx', makeZipBomb(), /zip-bom/],
      ['ongeldig.txt', new Uint8Array([0x47, 0x6f, 0xc3, 0x28, 0xa0, 0xa1]), /UTF-8/],
      ['leeg.md', new Uint8Array(), /leeg/],
      ['nep.pdf', utf8('dit is geen pdf'), /geen PDF/],
      ['kapot.pdf', utf8('%PDF-1.4\n1 0 obj << /Type /Catalog'), /kon niet worden gelezen|geen tekst/],
      ['binair.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 7) % 32)), /binaire|UTF-8/],
      ['geen.vtt', utf8('00:01 hallo'), /WebVTT/],
      ['foto.png', new Uint8Array([0x89, 0x50]), /kan niet worden ingelezen/],
    ];
    for (const [name, bytes, message] of cases) {
      await expect(importFile(t.library, name, await bytes), name).rejects.toThrow(message);
    }
    expect(await stats()).toEqual(before);
  });

  it('refuses a file over 50 MB without reading it as text', async () => {
    await expect(importFile(t.library, 'groot.txt', new Uint8Array(50 * 1024 * 1024 + 1))).rejects.toThrow(/grens is 50 MB/);
  });
});

describe('long imports', () => {
  it('report progress per PDF page and stop when cancelled, storing nothing', async () => {
    const pdf = makePdf(['Een bladzijde van een lang rapport.'], 'Lang rapport', 30);
    const seen: number[] = [];
    const off = t.library.events.on('task.progress', (e) => {
      if (e.taskId !== 'taak-12345678') return;
      seen.push(e.done);
      if (e.done === 3) void t.call('tasks.cancel', { taskId: 'taak-12345678' });
    });
    const before = await stats();
    const result = await dispatch(t.library, 'sources.importFile', { fileName: 'lang.pdf', dataBase64: Buffer.from(pdf).toString('base64'), taskId: 'taak-12345678' });
    off();
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(Math.max(...seen)).toBeLessThan(30);
    expect(await stats()).toEqual(before);
    // Without cancelling, the same file imports whole.
    const whole = await dispatch(t.library, 'sources.importFile', { fileName: 'lang.pdf', dataBase64: Buffer.from(pdf).toString('base64'), taskId: 'taak-87654321' });
    expect(whole.ok).toBe(true);
    if (whole.ok) expect((whole.value as { source: { text: string } }).source.text).toContain('rapport. 30');
  });
});
