import { extname } from 'node:path';
import type { z } from 'zod';
import { bundleSchema } from '../../../shared/api/bundle';
import type { ProjectImportReport } from '../../../shared/api/projects';
import { type MergeSet, mergeItems } from '../bundle/merge-items';
import { AppError } from '../errors';
import type { Library } from '../library/library';
import { storeOriginal } from '../sources/originals';
import { mapCodebook } from './codebook-import';
import { mapProject } from './project-import';
import { decodeUtf8, readProjectArchive } from './read-project-archive';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/**
 * The part of an item a REFI-QDA file carries; only that is compared on import, so a quote's
 * stance, a source's speakers, a lesson's related words or a note's formatting, which the format
 * has no place for, do not count as differences.
 */
export function whatRefiCarries(kind: string, item: object): object {
  const it = item as Record<string, unknown>;
  const { createdAt: _c, updatedAt: _u, ...rest } = it;
  switch (kind) {
    case 'source': {
      const { speakers: _s, original: _o, people, ...source } = rest;
      return { ...source, people: [...(people as { personId: string; part: string }[])].sort(byKey((p: { personId: string; part: string }) => p.personId + p.part)) };
    }
    case 'quote': {
      const { dateSaid: _d, lessons, ...quote } = rest;
      return { ...quote, lessons: (lessons as { lessonId: string }[]).map((l) => l.lessonId).sort() };
    }
    case 'lesson': {
      const { relatedWords: _r, tagIds: _t, evidenceCount: _e, relations, ...lesson } = rest;
      return { ...lesson, relations: [...(relations as { lessonId: string; kind: string }[])].sort(byKey((r: { lessonId: string; kind: string }) => r.lessonId + r.kind)) };
    }
    case 'note':
      return { title: it.title, target: it.target, text: it.plainText };
    case 'collection': {
      const items = (it.items as { kind: string; itemId: string }[]).filter((i) => i.kind === 'lesson' || i.kind === 'source').map((i) => `${i.kind}:${i.itemId}`);
      return { title: it.title, items };
    }
    default:
      return rest;
  }
}

/** Every mapped item checked against the same schemas a bundle is; the first problem refuses the file. */
function validate(set: MergeSet, fileName: string): MergeSet {
  const shape = bundleSchema.shape;
  const check = <S extends z.ZodType>(schema: S, items: unknown[], what: string) =>
    items.map((item, i) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('invalid_input', 'refiItemInvalid', { name: fileName, part: what, index: i + 1, path: issue?.path.join('.') ?? '' }, { detail: issue?.message ?? '' });
      }
      return parsed.data as z.infer<S>;
    });
  return {
    tags: check(shape.tags.element, set.tags, 'Code'),
    people: check(shape.people.element, set.people, 'Case'),
    lessons: check(shape.lessons.element, set.lessons, 'Code'),
    sources: check(shape.sources.element, set.sources, 'Source'),
    quotes: check(shape.quotes.element, set.quotes, 'Selection'),
    notes: check(shape.notes.element, set.notes, 'Note'),
    collections: check(shape.collection, set.collections, 'Set'),
  };
}

/**
 * Imports a REFI-QDA project (.qdpx) or codebook (.qdc) from another QDA tool, or one we wrote:
 * mapped, checked, then merged by GUID in one transaction (so importing it twice adds nothing,
 * and a broken or hostile file writes nothing). The report lists what had no place here.
 */
export async function importProject(library: Library, fileName: string, bytes: Uint8Array): Promise<ProjectImportReport> {
  const extension = extname(fileName).toLowerCase();
  let set: MergeSet;
  let originals: { sourceId: string; name: string; bytes: Buffer }[] = [];
  const unmapped: string[] = [];
  const remarks: string[] = [];
  if (extension === '.qdc') {
    set = mapCodebook(decodeUtf8(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), fileName);
  } else if (extension === '.qdpx') {
    const mapped = mapProject(await readProjectArchive(bytes, fileName), fileName);
    ({ set, originals } = mapped);
    unmapped.push(...mapped.unmapped);
    remarks.push(...mapped.remarks);
  } else {
    throw new AppError('invalid_input', 'refiExtension', { name: fileName });
  }
  const valid = validate(set, fileName);
  // Codes, cases and sets carry no dates in REFI-QDA: one already here keeps its own, so only a
  // real change in content counts (and, being no newer, is reported rather than written over).
  const keepDates = (table: string, items: { id: string; createdAt: string; updatedAt: string }[]) => {
    const dates = library.db.prepare(`SELECT created_at, updated_at FROM ${table} WHERE id = ?`);
    for (const item of items) {
      const local = dates.get(item.id) as { created_at: string; updated_at: string } | undefined;
      if (local) Object.assign(item, { createdAt: local.created_at, updatedAt: local.updated_at });
    }
  };
  keepDates('lessons', valid.lessons);
  keepDates('tags', valid.tags);
  keepDates('people', valid.people);
  keepDates('collections', valid.collections);
  // Originals are stored by their hash before the merge; an unused one is harmless and found again by hash.
  const shaOf = new Map(originals.map((o) => [o.sourceId, { sha256: storeOriginal(library, o.bytes, o.name, DOCX_MIME), name: o.name, mime: DOCX_MIME, size: o.bytes.byteLength }]));
  for (const source of valid.sources) source.original = shaOf.get(source.id) ?? null;
  const report = mergeItems(library.db, valid, { comparable: whatRefiCarries, neverOverwrite: true });
  return {
    ...report,
    counts: { lessons: valid.lessons.length, labels: valid.tags.length, profiles: valid.people.length, sources: valid.sources.length, quotes: valid.quotes.length, notes: valid.notes.length, collections: valid.collections.length },
    unmapped,
    remarks,
  };
}
