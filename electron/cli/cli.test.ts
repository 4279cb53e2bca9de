import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-library';
import { runCli } from './run-cli';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
const cli = (...argv: string[]) => runCli(['--library', join(dir, 'lib'), ...argv], io);

beforeEach(() => {
  dir = tempDir();
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli', () => {
  it('imports .txt and .md, then lists and counts them as JSON only', async () => {
    writeFileSync(join(dir, 'gesprek.txt'), 'Stop met experimenteren.');
    writeFileSync(join(dir, 'verslag.md'), '# Tien jaar wijkaanpak\n\nKies voor de lange termijn.');
    expect(await cli('import', join(dir, 'gesprek.txt'), join(dir, 'verslag.md'), '--json')).toBe(0);
    const imported = JSON.parse(out.join('\n'));
    expect(imported.imported.map((i: { source: { title: string } }) => i.source.title)).toEqual(['gesprek', 'Tien jaar wijkaanpak']);

    out = [];
    expect(await cli('list', 'sources', '--json')).toBe(0);
    expect(out).toHaveLength(1);
    const sources = JSON.parse(out[0] ?? '');
    expect(sources.map((s: { title: string }) => s.title)).toEqual(['gesprek', 'Tien jaar wijkaanpak']);

    out = [];
    expect(await cli('stats', '--json')).toBe(0);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ sources: 2, quotes: 0, people: 0 });
  });

  it('reports a bad file on stderr with a non-zero exit and still imports the good ones', async () => {
    writeFileSync(join(dir, 'goed.txt'), 'Goed.');
    writeFileSync(join(dir, 'kapot.txt'), Buffer.from([0xc3, 0x28, 0xff]));
    writeFileSync(join(dir, 'leeg.md'), '');
    expect(await cli('import', join(dir, 'goed.txt'), join(dir, 'kapot.txt'), join(dir, 'leeg.md'), join(dir, 'weg.txt'))).toBe(1);
    expect(err.join('\n')).toMatch(/kapot\.txt.*UTF-8/);
    expect(err.join('\n')).toMatch(/leeg\.md.*leeg/);
    expect(err.join('\n')).toMatch(/weg\.txt.*niet gevonden/);
    out = [];
    await cli('stats', '--json');
    expect(JSON.parse(out[0] ?? '').sources).toBe(1);
  });

  it('exits 2 with usage on stderr for an unknown command or list kind', async () => {
    expect(await cli('fly')).toBe(2);
    expect(await cli('list', 'planets')).toBe(2);
    expect(err.join('\n')).toContain('Gebruik');
    expect(out).toEqual([]);
  });

  it('runs as a real process through npm run cli', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'cli', '--', '--library', join(dir, 'lib'), 'stats', '--json'], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    expect(JSON.parse(stdout)).toMatchObject({ people: 0, sources: 0 });
  });
});

describe('cli example and export', () => {
  it('loads the example library and exports its collection to every format', async () => {
    expect(await cli('example', '--json')).toBe(0);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ sources: 15, lessons: 12 });
    out = [];
    await cli('list', 'collections', '--json');
    const [collection] = JSON.parse(out[0] ?? '[]');
    for (const format of ['md', 'html', 'docx', 'pdf', 'csv', 'json']) {
      out = [];
      const path = join(dir, `export.${format}`);
      expect(await cli('export', '--collection', collection.id, '--format', format, '--out', path, '--json')).toBe(0);
      expect(JSON.parse(out[0] ?? '')).toMatchObject({ path, privacy: { pseudonymised: [{ pseudonym: 'Bewoner Overvecht' }] } });
    }
    expect(await cli('export', '--collection', collection.id, '--format', 'odt', '--out', join(dir, 'x'))).toBe(2);
    // The bundle merges into another library, and a second time changes nothing.
    for (const expected of [{ conflicts: [] }, { added: 0, updated: 0, conflicts: [] }]) {
      out = [];
      expect(await runCli(['--library', join(dir, 'colleague'), 'import-bundle', join(dir, 'export.json'), '--json'], io)).toBe(0);
      expect(JSON.parse(out[0] ?? '')).toMatchObject(expected);
    }
    expect(await cli('export', '--collection', '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b', '--format', 'md', '--out', join(dir, 'x'))).toBe(1);
    expect(err.join('\n')).toMatch(/bestaat niet/);
  });
});

describe('cli search and suggest', () => {
  it('prints search hits and lesson suggestions as JSON only', async () => {
    writeFileSync(join(dir, 'gesprek.txt'), 'Zonder coördinatie tussen de corporaties gebeurt er niets in de wijk.');
    expect(await cli('import', join(dir, 'gesprek.txt'))).toBe(0);
    out = [];
    expect(await cli('search', 'coordinatie', '--kind', 'source', '--json')).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0] ?? '');
    expect(result).toMatchObject({ query: 'coordinatie', counts: { source: 1 } });
    expect(result.hits[0]).toMatchObject({ kind: 'source', title: 'gesprek' });

    out = [];
    expect(await cli('suggest', '--text', 'geen pilots meer', '--json')).toBe(0);
    expect(JSON.parse(out[0] ?? '')).toEqual({ lessons: [], quotes: [] });
  });

  it('refuses an unknown kind or a missing query with exit 2', async () => {
    expect(await cli('search', 'x', '--kind', 'planet')).toBe(2);
    expect(await cli('search')).toBe(2);
    expect(await cli('suggest')).toBe(2);
    expect(err.join('\n')).toContain('Onbekende soort');
  });
});

describe('cli backup and restore', () => {
  it('makes a backup and restores it', async () => {
    await cli('example');
    const file = join(dir, 'lib.wgbackup');
    out = [];
    expect(await cli('backup', file, '--json')).toBe(0);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ file });
    out = [];
    expect(await cli('restore', file, '--json')).toBe(0);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ restored: file });
    out = [];
    await cli('stats', '--json');
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ sources: 15, quotes: 114 });
    expect(await cli('restore', join(dir, 'bestaat-niet.wgbackup'))).toBe(1);
  });

  it('exports the library as a REFI-QDA project and codebook, and imports them into another library with a report', async () => {
    expect(await cli('example')).toBe(0);
    const project = join(dir, 'bibliotheek.qdpx');
    const codebook = join(dir, 'lessen.qdc');
    expect(await cli('export-project', '--format', 'qdpx', '--out', project)).toBe(0);
    expect(await cli('export-project', '--format', 'qdc', '--out', codebook, '--json')).toBe(0);
    expect(JSON.parse(out[out.length - 1] ?? '')).toMatchObject({ format: 'qdc' });
    out = [];
    const other = (...argv: string[]) => runCli(['--library', join(dir, 'other'), ...argv], io);
    expect(await other('import', codebook, project, '--json')).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.imported[1].project.counts).toMatchObject({ sources: 15 });
    expect(report.imported[1].project.unmapped).toEqual([]);
    expect(report.failed).toEqual([]);
  });

  it('imports a Zotero BibTeX export with the attached PDF found next to it', async () => {
    const { makePdf } = await import('../core/test-support/files');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'zotero/files/31'), { recursive: true });
    writeFileSync(join(dir, 'zotero/files/31/evaluatie.pdf'), makePdf(['Stop met experimenteren, zeiden de bewoners.']));
    writeFileSync(join(dir, 'zotero/export.bib'), '@report{w2011, title = {Evaluatie krachtwijken}, author = {Wójcik, Łukasz}, year = {2011}, file = {Volledige tekst:files/31/evaluatie.pdf:application/pdf}}');
    expect(await cli('import', join(dir, 'zotero/export.bib'), '--json')).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.imported[0].references.imported[0]).toMatchObject({ title: 'Evaluatie krachtwijken', attachment: 'evaluatie.pdf' });
  });
});
