import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { importFile } from '../io/import-file';
import { originalPath } from './originals';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const text = 'Interview met de wijkregisseur. Stop met experimenteren, zei ze. Kies voor de lange termijn.';

describe('sources', () => {
  it('stores a source with people, partial date and URL', async () => {
    const anna = await t.call('people.create', { name: 'Anna de Wit' });
    const source = await t.call('sources.create', {
      title: 'Gesprek in Rotterdam-Zuid',
      kind: 'interview',
      outlet: 'Eigen archief',
      date: '2007-03',
      url: 'https://example.org/gesprek',
      text,
      people: [{ personId: anna.id, part: 'interviewee' }],
    });
    expect(source).toMatchObject({ kind: 'interview', date: '2007-03', language: 'nl', quoteCount: 0, original: null });
    expect(source.people).toEqual([{ personId: anna.id, part: 'interviewee' }]);
    const list = await t.call('sources.list', { personId: anna.id });
    expect(list.items.map((s) => s.id)).toEqual([source.id]);
  });

  it('re-anchors quotes when the text is corrected and marks lost ones as detached', async () => {
    const source = await t.call('sources.create', { title: 'Bron', text });
    const start = text.indexOf('Stop met');
    const kept = await t.call('quotes.create', { sourceId: source.id, start, end: start + 'Stop met experimenteren'.length });
    const lostStart = text.indexOf('Kies');
    const lost = await t.call('quotes.create', { sourceId: source.id, start: lostStart, end: text.length - 1 });

    const corrected = `Voorwoord. ${text.replace('Kies voor de lange termijn', 'Kies voor de langere adem')}`;
    await t.call('sources.update', { id: source.id, text: corrected });

    const keptAfter = await t.call('quotes.get', { id: kept.id });
    expect(keptAfter.anchorStatus).toBe('anchored');
    expect(corrected.slice(keptAfter.anchor.start, keptAfter.anchor.end)).toBe('Stop met experimenteren');
    const lostAfter = await t.call('quotes.get', { id: lost.id });
    expect(lostAfter.anchorStatus).toBe('detached');
    expect(lostAfter.text).toBe('Kies voor de lange termijn');
  });

  it('sends quotes to the trash with their source and brings them back together', async () => {
    const source = await t.call('sources.create', { title: 'Bron', text });
    const q1 = await t.call('quotes.create', { sourceId: source.id, start: 0, end: 9 });
    const q2 = await t.call('quotes.create', { sourceId: source.id, start: 10, end: 13 });
    await t.call('quotes.delete', { id: q2.id });
    await new Promise((r) => setTimeout(r, 5));
    await t.call('sources.delete', { id: source.id });
    expect((await t.call('quotes.list', {})).total).toBe(0);
    const trash = await t.call('trash.list', {});
    expect(trash.items.map((i) => i.kind).sort()).toEqual(['quote', 'source']);
    expect(await dispatch(t.library, 'quotes.restore', { id: q2.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await t.call('sources.restore', { id: source.id });
    const live = (await t.call('quotes.list', {})).items.map((q) => q.id);
    expect(live).toEqual([q1.id]);
  });

  it('imports text and Markdown with the title from the first heading, keeping the original', async () => {
    const md = new TextEncoder().encode('Inleiding\n\n# Tien jaar krachtwijken\n\nDe tekst.');
    const { source } = await importFile(t.library, 'notities.md', md);
    expect(source.title).toBe('Tien jaar krachtwijken');
    expect(source.original?.mime).toBe('text/markdown');
    const stored = originalPath(t.library, source.original?.sha256 ?? '');
    expect(existsSync(stored)).toBe(true);
    expect(readFileSync(stored)).toEqual(Buffer.from(md));
    const { source: txt } = await importFile(t.library, '/tmp/Gesprek met Bram.txt', new TextEncoder().encode('Hallo'));
    expect(txt.title).toBe('Gesprek met Bram');
  });

  it('refuses invalid UTF-8, empty and unsupported files without writing', async () => {
    await expect(importFile(t.library, 'kapot.txt', new Uint8Array([0x48, 0xff, 0xfe, 0x00]))).rejects.toThrow(/UTF-8/);
    await expect(importFile(t.library, 'leeg.txt', new Uint8Array())).rejects.toThrow(/leeg/);
    await expect(importFile(t.library, 'foto.jpg', new Uint8Array([1, 2, 3]))).rejects.toThrow(/kan niet worden ingelezen/);
    expect((await t.call('library.stats', {})).sources).toBe(0);
  });
});
