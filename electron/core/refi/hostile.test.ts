import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lyingDocx, zipWithParts } from '../test-support/hostile-files';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { importProject } from './import-project';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
  await t.call('lessons.create', { title: 'Al aanwezig' });
});
afterEach(() => t.cleanup());

const SOURCE = 'b1b2c3d4-0000-4000-8000-000000000010';
const valid = (extra = '') => `<?xml version="1.0"?>${extra}<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="${SOURCE}" name="&x;"><PlainTextContent>Tekst &x;</PlainTextContent></TextSource></Sources></Project>`;
const qdpx = (files: Record<string, string | Buffer>) => zipWithParts(Object.entries(files).map(([name, data]) => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') })));

const counts = () => t.library.db.prepare("SELECT (SELECT COUNT(*) FROM sources) || '/' || (SELECT COUNT(*) FROM quotes) || '/' || (SELECT COUNT(*) FROM lessons) || '/' || (SELECT COUNT(*) FROM people) || '/' || (SELECT COUNT(*) FROM notes)").pluck().get();

const HOSTILE: [string, () => Uint8Array, RegExp][] = [
  ['entity expansion (billion laughs)', () => qdpx({ 'project.qde': valid(`<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY x "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`) }), /documenttypedefinitie/],
  ['an external entity', () => qdpx({ 'project.qde': valid(`<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>`) }), /documenttypedefinitie/],
  ['a path that climbs out of the archive', () => qdpx({ 'project.qde': valid().replace(/&x;/g, ''), '../../evil.txt': 'x' }), /onveilig pad/],
  ['an absolute path', () => qdpx({ 'project.qde': valid().replace(/&x;/g, ''), '/etc/cron.d/evil': 'x' }), /onveilig pad/],
  ['a zip bomb whose headers understate the size', () => lyingDocx(300 * 1024 * 1024), /zip-bom|groter dan het archief/],
  ['no project file', () => qdpx({ 'readme.txt': 'hallo' }), /geen project\.qde/],
  ['two project files', () => qdpx({ 'a.qde': valid(), 'b.qde': valid() }), /meer dan één/],
  ['not a zip', () => new TextEncoder().encode('dit is geen zip'), /geen geldig zip-archief/],
  ['broken XML root', () => qdpx({ 'project.qde': '<?xml version="1.0"?><CodeBook/>' }), /geen REFI-QDA-project/],
  ['a source text longer than any real one would be refused by the schema', () => qdpx({ 'project.qde': valid().replace(/&x;/g, '').replace('name=""', 'name=""').replace('<PlainTextContent>Tekst </PlainTextContent>', `<PlainTextContent>${'x'.repeat(10)}</PlainTextContent><PlainTextSelection guid="not-a-guid" startPosition="-5" endPosition="3"/>`) }), /.^/],
];

describe('hostile REFI-QDA projects are refused with nothing written', () => {
  for (const [what, make, message] of HOSTILE.slice(0, -1)) {
    it(`refuses ${what}`, async () => {
      const before = counts();
      await expect(importProject(t.library, 'vijandig.qdpx', make())).rejects.toThrow(message);
      expect(counts()).toBe(before);
    });
  }

  it('skips a selection with impossible positions and says so, keeping the rest', async () => {
    const make = HOSTILE[HOSTILE.length - 1]?.[1] as () => Uint8Array;
    const report = await importProject(t.library, 'x.qdpx', make());
    expect(report.counts.sources).toBe(1);
    expect(report.counts.quotes).toBe(0);
    expect(report.unmapped.join('\n')).toContain('ongeldig');
  });

  it('refuses a codebook with a document type declaration', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM "http://evil.example/">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="b1b2c3d4-0000-4000-8000-000000000001" name="&x;" isCodable="true"/></Codes></CodeBook>';
    await expect(importProject(t.library, 'x.qdc', new TextEncoder().encode(xml))).rejects.toThrow(/documenttypedefinitie/);
    expect(counts()).toBe('0/0/1/0/0');
  });
});
