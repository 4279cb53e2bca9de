import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleLibrary } from '../example/load-example';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { renderCodebook } from './codebook-export';
import { importProject } from './import-project';
import { writeProjectFile } from './project-export';
import { schemaErrors, unzip, withoutTimestamps } from './refi-test-support';

let libraries: TestLibrary[] = [];
beforeEach(() => {
  libraries = [];
});
afterEach(() => libraries.forEach((l) => l.cleanup()));
const open = async () => {
  const t = await openTestLibrary();
  libraries.push(t);
  return t;
};

async function exportQdpx(t: TestLibrary, now = new Date('2026-01-01T00:00:00Z')): Promise<{ bytes: Buffer; files: Map<string, Buffer>; qde: string }> {
  const path = join(t.dir, `export-${Math.random().toString(36).slice(2)}.qdpx`);
  await writeProjectFile(t.library.db, path, { researcher: 'onderzoeker', originalsDir: t.library.originalsDir, now });
  const bytes = readFileSync(path);
  const files = await unzip(bytes);
  return { bytes, files, qde: (files.get('project.qde') as Buffer).toString('utf8') };
}

describe('REFI-QDA project exchange', () => {
  it('exports the example library as a valid project, imports it into an empty library, and exports the same XML again', async () => {
    const first = await open();
    const counts = loadExampleLibrary(first.library);
    const a = await exportQdpx(first);
    expect(await schemaErrors(a.qde, 'Project')).toEqual([]);
    expect(a.qde).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect((a.qde.match(/<TextSource /g) ?? []).length).toBe(counts.sources);
    expect((a.qde.match(/<PlainTextSelection /g) ?? []).length).toBe(counts.quotes);
    expect([...a.files.keys()].filter((f) => f.startsWith('sources/') && f.endsWith('.txt'))).toHaveLength(counts.sources);

    const second = await open();
    const report = await importProject(second.library, 'voorbeeld.qdpx', a.bytes);
    expect(report.conflicts).toEqual([]);
    expect(report.counts).toMatchObject({ sources: counts.sources, quotes: counts.quotes, lessons: counts.lessons, profiles: counts.people });
    expect(report.unmapped).toEqual([]);
    const b = await exportQdpx(second, new Date('2026-06-01T00:00:00Z'));
    expect(withoutTimestamps(b.qde)).toBe(withoutTimestamps(a.qde));
    for (const [name, data] of a.files) if (name !== 'project.qde') expect(b.files.get(name)?.equals(data), name).toBe(true);

    // The same project imported again adds nothing.
    const again = await importProject(second.library, 'voorbeeld.qdpx', a.bytes);
    expect(again.added).toBe(0);
    expect(again.conflicts).toEqual([]);
  });

  it('keeps what the library knows about a quote: its lessons, labels, speaker, annotation and the profile’s consent and roles', async () => {
    const t = await open();
    const person = await t.call('people.create', { name: 'Ayşe Yılmaz', pseudonym: 'bewoner A', consent: 'pseudonym', roles: [{ role: 'bewonersraad', organisation: 'Huurdersvereniging', place: 'Utrecht', from: '2004', to: '2012-06' }] });
    const tag = await t.call('tags.create', { name: 'Kanaleneiland', facet: 'place' });
    const lesson = await t.call('lessons.create', { title: 'Kies voor de lange termijn', aliases: ['Langere adem'], summary: 'Tien jaar of meer.' });
    const text = 'Intro. Het duurde tien jaar voordat het lukte. Slot.';
    const source = await t.call('sources.create', { title: 'Gesprek', kind: 'interview', text, date: '2010-05', tagIds: [tag.id], people: [{ personId: person.id, part: 'interviewee' }] });
    const start = text.indexOf('Het');
    await t.call('quotes.create', { sourceId: source.id, start, end: text.indexOf(' Slot'), speakerId: person.id, annotation: 'Kern van het gesprek', lessons: [{ lessonId: lesson.id }], tagIds: [tag.id] });
    const { bytes, qde } = await exportQdpx(t);
    expect(await schemaErrors(qde, 'Project')).toEqual([]);

    const other = await open();
    await importProject(other.library, 'p.qdpx', bytes);
    const [quote] = (await other.call('quotes.list', { limit: 10 })).items;
    expect(quote).toMatchObject({ text: 'Het duurde tien jaar voordat het lukte.', speakerId: person.id, annotation: 'Kern van het gesprek', lessons: [{ lessonId: lesson.id, stance: 'supports' }], tagIds: [tag.id], dateSaid: '2010-05' });
    expect(await other.call('people.get', { id: person.id })).toMatchObject({ name: 'Ayşe Yılmaz', pseudonym: 'bewoner A', consent: 'pseudonym', roles: [{ role: 'bewonersraad', organisation: 'Huurdersvereniging', place: 'Utrecht', from: '2004', to: '2012-06' }] });
    expect(await other.call('lessons.get', { id: lesson.id })).toMatchObject({ title: 'Kies voor de lange termijn', aliases: ['Langere adem'], summary: 'Tien jaar of meer.' });
    expect(await other.call('sources.get', { id: source.id })).toMatchObject({ kind: 'interview', date: '2010-05', tagIds: [tag.id], people: [{ personId: person.id, part: 'interviewee' }] });
    expect(await other.call('tags.get', { id: tag.id })).toMatchObject({ name: 'Kanaleneiland', facet: 'place' });
  });

  it('counts positions in code points: an emoji before a quote counts once, combining accents count as the characters they are', async () => {
    const t = await open();
    const text = 'Buurtfeest 🎉🎉 in de wijk. Noe\u0308l zei: “we blijven”. Einde 👍.';
    const source = await t.call('sources.create', { title: 'Emoji', kind: 'other', text });
    const start = text.indexOf('Noe');
    const end = text.indexOf('. Einde');
    await t.call('quotes.create', { sourceId: source.id, start, end });
    const { bytes, qde } = await exportQdpx(t);
    const codePointsBefore = [...text.slice(0, start)].length;
    expect(codePointsBefore).toBe(start - 2);
    expect(qde).toContain(`startPosition="${codePointsBefore}" endPosition="${codePointsBefore + [...text.slice(start, end)].length}"`);
    const other = await open();
    await importProject(other.library, 'e.qdpx', bytes);
    const [quote] = (await other.call('quotes.list', { limit: 10 })).items;
    expect(quote?.text).toBe('Noe\u0308l zei: “we blijven”');
  });

  it('reads its own project back into the same library without conflicts, and never overwrites what the format cannot carry', async () => {
    const t = await open();
    loadExampleLibrary(t.library);
    const { bytes, qde } = await exportQdpx(t);
    const back = await importProject(t.library, 'terug.qdpx', bytes);
    expect(back).toMatchObject({ added: 0, updated: 0, conflicts: [] });

    // Edited elsewhere: a code renamed in the file is reported, and the lesson here keeps its name and related words.
    const lesson = (await t.call('lessons.list', { limit: 1 })).items[0] as { id: string; title: string };
    await t.call('lessons.update', { id: lesson.id, relatedWords: ['adem'] });
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    zip.file('project.qde', qde.replace(`name="${lesson.title}"`, 'name="Elders hernoemd"'));
    const edited = await zip.generateAsync({ type: 'uint8array' });
    const report = await importProject(t.library, 'elders.qdpx', edited);
    expect(report.conflicts).toEqual([{ kind: 'lesson', id: lesson.id, title: 'Elders hernoemd', kept: 'local' }]);
    expect(await t.call('lessons.get', { id: lesson.id })).toMatchObject({ title: lesson.title, relatedWords: ['adem'] });
  });
});

describe('REFI-QDA codebook', () => {
  it('exports lessons and labels as a valid codebook and reads it back into an empty library', async () => {
    const first = await open();
    loadExampleLibrary(first.library);
    const xml = renderCodebook(first.library.db);
    expect(await schemaErrors(xml, 'Codebook')).toEqual([]);
    const second = await open();
    const report = await importProject(second.library, 'lessen.qdc', new TextEncoder().encode(xml));
    const lessons = await first.call('lessons.list', { limit: 500 });
    expect(report.counts.lessons).toBe(lessons.total);
    expect(renderCodebook(second.library.db)).toBe(xml);
  });
});
