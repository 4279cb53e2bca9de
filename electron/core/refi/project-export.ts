import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Lesson } from '../../../shared/api/lessons';
import type { Person } from '../../../shared/api/people';
import type { Quote } from '../../../shared/api/quotes';
import type { SourceSummary } from '../../../shared/api/sources';
import type { Tag } from '../../../shared/api/tags';
import type { Db } from '../db/connection';
import { getLesson } from '../lessons/store';
import { getNote } from '../notes/store';
import { getPerson } from '../people/store';
import { getQuotes } from '../quotes/store';
import { getSourceSummary } from '../sources/store';
import { getTag } from '../tags/store';
import { originalPath } from '../sources/originals';
import { positionMap } from './code-points';
import { writeCodes } from './codebook-xml';
import { derivedGuid } from './guids';
import { CASE_VARIABLES, CONSENT_WORDS, KIND_WORDS, NOTE_LINK, PART_WORDS, RELATION_WORDS, ROLE_SEPARATOR, SOURCE_VARIABLES } from './refi-names';
import { type Attributes, XmlWriter } from './xml-write';

export const QDPX_MIME = 'application/x-qdpx';
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface ProjectExportOptions {
  /** The researcher, REFI's User: who created and changed everything in this library. */
  researcher: string;
  originalsDir: string;
  projectName?: string;
  now?: Date;
}

const live = (db: Db, table: string) => db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).pluck().all() as string[];
const present = <T>(items: (T | null)[]): T[] => items.filter((i): i is T => i !== null);
const internal = (file: string) => `internal://${file}`;

/** Every variable the file declares, with a GUID derived from its name. */
const VARIABLES = [...Object.values(SOURCE_VARIABLES), ...Object.values(CASE_VARIABLES)].map((name) => ({ name, guid: derivedGuid(`variable:${name}`) }));
const variableGuid = (name: string) => derivedGuid(`variable:${name}`);

const roleLine = (r: Person['roles'][number]) => [r.role, r.organisation, r.place, r.from ?? '', r.to ?? ''].join(ROLE_SEPARATOR).replace(/( \| )+$/, '');

/** The original is carried as the rich-text file only when it is a Word file, as REFI-QDA expects. */
const isWordOriginal = (source: SourceSummary) => source.original !== null && extname(source.original.name).toLowerCase() === '.docx';

interface ProjectFiles {
  xml: string;
  /** sources/<id>.txt: read from the library when the zip reaches them. */
  texts: string[];
  /** sources/<id>.docx: stored originals. */
  originals: { sourceId: string; sha256: string }[];
}

/**
 * project.qde for the whole library (REFI-QDA 1.0): lessons and labels as the codebook, profiles
 * as cases, sources as text sources with their quotes as coded selections, notes, lesson relations
 * as links, collections as sets. Our ids are the GUIDs, positions are counted in code points,
 * and everything is written in the order of its id or name, so a re-export writes the same XML.
 * Names are written as stored: a project file is a full copy for the researcher's own tools,
 * and each profile's consent travels with it as a variable.
 */
export function buildProject(db: Db, options: ProjectExportOptions): ProjectFiles {
  const now = (options.now ?? new Date()).toISOString();
  const user = derivedGuid('user:researcher');
  const audit = (e: { createdAt: string; updatedAt: string }): Attributes => ({ creatingUser: user, creationDateTime: e.createdAt, modifyingUser: user, modifiedDateTime: e.updatedAt });

  const lessons = present(live(db, 'lessons').map((id) => getLesson(db, id)));
  const tags = present(live(db, 'tags').map((id) => getTag(db, id)));
  const people = present(live(db, 'people').map((id) => getPerson(db, id)));
  const notes = present(live(db, 'notes').map((id) => getNote(db, id)));
  const lessonIds = new Set(lessons.map((l) => l.id));
  const tagIds = new Set(tags.map((t) => t.id));
  const personIds = new Set(people.map((p) => p.id));

  // Notes hang from what they annotate where REFI has a NoteRef; the rest are reached by a link.
  const noteIdsByItem = new Map<string, string[]>();
  const noteLinks: { noteId: string; targetId: string }[] = [];
  for (const note of notes) {
    if (!note.target) continue;
    if (['lesson', 'tag', 'source', 'quote'].includes(note.target.kind)) noteIdsByItem.set(note.target.id, [...(noteIdsByItem.get(note.target.id) ?? []), note.id]);
    else if (note.target.kind === 'person' ? personIds.has(note.target.id) : db.prepare('SELECT 1 FROM collections WHERE id = ? AND deleted_at IS NULL').get(note.target.id)) {
      noteLinks.push({ noteId: note.id, targetId: note.target.id });
    }
  }

  const xml = new XmlWriter();
  xml.open('Project', {
    xmlns: PROJECT_NAMESPACE,
    name: options.projectName ?? 'Wijkgeheugen',
    origin: 'Wijkgeheugen',
    creatingUserGUID: user,
    creationDateTime: now,
    modifyingUserGUID: user,
    modifiedDateTime: now,
  });
  xml.open('Users').empty('User', { guid: user, name: options.researcher }).close();
  xml.open('CodeBook');
  writeCodes(xml, { lessons, tags, noteIdsByItem });
  xml.close();
  xml.open('Variables');
  for (const v of VARIABLES) xml.empty('Variable', { guid: v.guid, name: v.name, typeOfVariable: 'Text' });
  xml.close();

  const textValue = (name: string, value: string | null) => {
    if (!value) return;
    xml.open('VariableValue').empty('VariableRef', { targetGUID: variableGuid(name) }).text('TextValue', value, true).close();
  };
  const codeRefs = (ids: readonly string[], known: Set<string>) => ids.filter((id) => known.has(id));

  // Cases: a profile with its labels, consent, pseudonym and roles, the sources it appears in and the quotes it said.
  const sourceIds = live(db, 'sources');
  const sourcesOf = new Map<string, string[]>();
  const partLinks: { personId: string; sourceId: string; part: keyof typeof PART_WORDS }[] = [];
  for (const row of db.prepare('SELECT sp.source_id AS sourceId, sp.person_id AS personId, sp.part FROM source_people sp JOIN sources s ON s.id = sp.source_id WHERE s.deleted_at IS NULL ORDER BY sp.person_id, sp.source_id, sp.part').all() as { sourceId: string; personId: string; part: keyof typeof PART_WORDS }[]) {
    if (!personIds.has(row.personId)) continue;
    sourcesOf.set(row.personId, [...(sourcesOf.get(row.personId) ?? []), row.sourceId]);
    partLinks.push(row);
  }
  const quotesOf = new Map<string, string[]>();
  for (const row of db.prepare('SELECT q.id, q.speaker_id FROM quotes q JOIN sources s ON s.id = q.source_id WHERE q.deleted_at IS NULL AND s.deleted_at IS NULL AND q.speaker_id IS NOT NULL ORDER BY q.id').raw().all() as [string, string][]) {
    quotesOf.set(row[1], [...(quotesOf.get(row[1]) ?? []), row[0]]);
  }
  if (people.length > 0) {
    xml.open('Cases');
    for (const person of [...people].sort((a, b) => a.id.localeCompare(b.id))) {
      xml.open('Case', { guid: person.id, name: person.name });
      xml.text('Description', person.summary);
      for (const id of codeRefs(person.tagIds, tagIds)) xml.empty('CodeRef', { targetGUID: id });
      textValue(CASE_VARIABLES.consent, CONSENT_WORDS[person.consent]);
      textValue(CASE_VARIABLES.pseudonym, person.pseudonym);
      textValue(CASE_VARIABLES.roles, person.roles.map(roleLine).join('\n'));
      for (const id of [...new Set(sourcesOf.get(person.id) ?? [])]) xml.empty('SourceRef', { targetGUID: id });
      for (const id of quotesOf.get(person.id) ?? []) xml.empty('SelectionRef', { targetGUID: id });
      xml.close();
    }
    xml.close();
  }

  // Sources: each text with its quotes as selections, coded with their lessons and labels.
  const files: ProjectFiles = { xml: '', texts: [], originals: [] };
  const quoteIdsOf = db.prepare('SELECT id FROM quotes WHERE source_id = ? AND deleted_at IS NULL ORDER BY id').pluck();
  const textOf = db.prepare('SELECT text FROM sources WHERE id = ?').pluck();
  const coding = (quoteOrSource: string, codeId: string, e: { createdAt: string }) => {
    xml.open('Coding', { guid: derivedGuid(`coding:${quoteOrSource}:${codeId}`), creatingUser: user, creationDateTime: e.createdAt }).empty('CodeRef', { targetGUID: codeId }).close();
  };
  if (sourceIds.length > 0) {
    xml.open('Sources');
    for (const sourceId of sourceIds) {
      const source = getSourceSummary(db, sourceId);
      if (!source) continue;
      const text = textOf.get(sourceId) as string;
      const positions = positionMap(text);
      const word = isWordOriginal(source);
      if (word && source.original) files.originals.push({ sourceId, sha256: source.original.sha256 });
      files.texts.push(sourceId);
      xml.open('TextSource', { guid: sourceId, name: source.title, richTextPath: word ? internal(`${sourceId}.docx`) : null, plainTextPath: internal(`${sourceId}.txt`), ...audit(source) });
      const quotes: Quote[] = getQuotes(db, quoteIdsOf.all(sourceId) as string[]);
      for (const quote of quotes) {
        const start = positions.toCodePoint(Math.min(quote.anchor.start, text.length));
        const end = Math.max(start, positions.toCodePoint(Math.min(quote.anchor.end, text.length)));
        xml.open('PlainTextSelection', { guid: quote.id, name: quote.text.slice(0, 80), startPosition: start, endPosition: end, ...audit(quote) });
        xml.text('Description', quote.annotation);
        for (const l of quote.lessons.filter((l) => lessonIds.has(l.lessonId))) coding(quote.id, l.lessonId, quote);
        for (const id of codeRefs(quote.tagIds, tagIds)) coding(quote.id, id, quote);
        for (const noteId of noteIdsByItem.get(quote.id) ?? []) xml.empty('NoteRef', { targetGUID: noteId });
        xml.close();
      }
      for (const id of codeRefs(source.tagIds, tagIds)) coding(sourceId, id, source);
      for (const noteId of noteIdsByItem.get(sourceId) ?? []) xml.empty('NoteRef', { targetGUID: noteId });
      textValue(SOURCE_VARIABLES.kind, KIND_WORDS[source.kind]);
      textValue(SOURCE_VARIABLES.outlet, source.outlet);
      textValue(SOURCE_VARIABLES.date, source.date);
      textValue(SOURCE_VARIABLES.url, source.url);
      textValue(SOURCE_VARIABLES.language, source.language);
      xml.close();
    }
    xml.close();
  }

  if (notes.length > 0) {
    xml.open('Notes');
    for (const note of notes) {
      xml.open('Note', { guid: note.id, name: note.title || null, ...audit(note) });
      xml.text('PlainTextContent', note.plainText, true);
      xml.close();
    }
    xml.close();
  }

  // Links: lesson relations, who took part in a source (and how), notes on a profile or collection.
  const links: { guid: string; name: string; origin: string; target: string }[] = [];
  for (const lesson of lessons) {
    for (const r of lesson.relations.filter((r) => lessonIds.has(r.lessonId))) links.push({ guid: derivedGuid(`relation:${lesson.id}:${r.kind}:${r.lessonId}`), name: RELATION_WORDS[r.kind], origin: lesson.id, target: r.lessonId });
  }
  for (const p of partLinks) links.push({ guid: derivedGuid(`part:${p.personId}:${p.sourceId}:${p.part}`), name: PART_WORDS[p.part], origin: p.personId, target: p.sourceId });
  for (const n of noteLinks) links.push({ guid: derivedGuid(`note:${n.noteId}:${n.targetId}`), name: NOTE_LINK, origin: n.noteId, target: n.targetId });
  if (links.length > 0) {
    xml.open('Links');
    for (const link of links.sort((a, b) => a.guid.localeCompare(b.guid))) xml.empty('Link', { guid: link.guid, name: link.name, direction: 'OneWay', originGUID: link.origin, targetGUID: link.target });
    xml.close();
  }

  // Sets: a collection's lessons and sources (REFI sets hold codes, sources and notes, not quotes or cases).
  const collections = db.prepare('SELECT id, title, intro_text FROM collections WHERE deleted_at IS NULL ORDER BY id').all() as { id: string; title: string; intro_text: string }[];
  const itemsOf = db.prepare('SELECT item_kind, item_id FROM collection_items WHERE collection_id = ? ORDER BY position').raw();
  const liveSources = new Set(sourceIds);
  if (collections.length > 0) {
    xml.open('Sets');
    for (const c of collections) {
      xml.open('Set', { guid: c.id, name: c.title });
      xml.text('Description', c.intro_text);
      const items = itemsOf.all(c.id) as [string, string][];
      for (const [kind, id] of items) if (kind === 'lesson' && lessonIds.has(id)) xml.empty('MemberCode', { targetGUID: id });
      for (const [kind, id] of items) if (kind === 'source' && liveSources.has(id)) xml.empty('MemberSource', { targetGUID: id });
      xml.close();
    }
    xml.close();
  }
  xml.close();
  files.xml = xml.toString();
  return files;
}

/** Lessons and labels only, for the codebook. */
export function codebookContent(db: Db): { lessons: Lesson[]; tags: Tag[] } {
  return { lessons: present(live(db, 'lessons').map((id) => getLesson(db, id))), tags: present(live(db, 'tags').map((id) => getTag(db, id))) };
}

/**
 * The whole library as a .qdpx (a zip of project.qde and sources/), streamed to `path`: each
 * source's text is read from the library only when the zip reaches it, so a library of thousands
 * of long sources never sits in memory at once.
 */
export async function writeProjectFile(db: Db, path: string, options: ProjectExportOptions): Promise<{ bytes: number; sources: number; quotes: number }> {
  const project = buildProject(db, options);
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(project.xml, 'utf8'), 'project.qde');
  const textOf = db.prepare('SELECT text FROM sources WHERE id = ?').pluck();
  for (const id of project.texts) {
    zip.addReadStream(Readable.from((function* () { yield Buffer.from(textOf.get(id) as string, 'utf8'); })()), `sources/${id}.txt`);
  }
  for (const o of project.originals) zip.addFile(originalPath({ originalsDir: options.originalsDir }, o.sha256), `sources/${o.sourceId}.docx`, { compress: true });
  zip.end();
  let bytes = 0;
  const out = createWriteStream(path);
  zip.outputStream.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await pipeline(zip.outputStream, out);
  const quotes = db.prepare('SELECT COUNT(*) FROM quotes q JOIN sources s ON s.id = q.source_id WHERE q.deleted_at IS NULL AND s.deleted_at IS NULL').pluck().get() as number;
  return { bytes, sources: project.texts.length, quotes };
}
