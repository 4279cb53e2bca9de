import { bundleSchema } from '../../../shared/api/bundle';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { writeBundleItem } from '../bundle/bundle-writers';
import { getCollection } from '../collections/store';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { getLesson } from '../lessons/store';
import { getNote } from '../notes/store';
import { getPerson } from '../people/store';
import { getQuote } from '../quotes/store';
import { getSource } from '../sources/store';
import { getTag } from '../tags/store';

/** The kinds that sync, parents before children (labels, people and lessons before the sources and quotes that name them). */
export const SYNC_KINDS = ['tag', 'person', 'lesson', 'source', 'quote', 'note', 'collection'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];
export const isSyncKind = (kind: string): kind is SyncKind => (SYNC_KINDS as readonly string[]).includes(kind);
export const kindOrder = (kind: string) => SYNC_KINDS.indexOf(kind as SyncKind);

const TABLES: Record<SyncKind, string> = { tag: 'tags', person: 'people', lesson: 'lessons', source: 'sources', quote: 'quotes', note: 'notes', collection: 'collections' };

/** An item as it travels: the bundle's form, without what is derived here (counts, titles of items). */
export type SyncItem = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };

const GETTERS: Record<SyncKind, (db: Db, id: string) => object | null> = { tag: getTag, person: getPerson, lesson: getLesson, source: getSource, quote: getQuote, note: getNote, collection: getCollection };

export function readItem(db: Db, kind: SyncKind, id: string): SyncItem | null {
  const item = GETTERS[kind](db, id);
  if (!item) return null;
  const { evidenceCount: _e, quoteCount: _q, itemTitles: _t, ...rest } = item as Record<string, unknown>;
  return rest as SyncItem;
}

const SCHEMAS = {
  tag: bundleSchema.shape.tags.element,
  person: bundleSchema.shape.people.element,
  lesson: bundleSchema.shape.lessons.element,
  source: bundleSchema.shape.sources.element,
  quote: bundleSchema.shape.quotes.element,
  note: bundleSchema.shape.notes.element,
  collection: bundleSchema.shape.collection,
};

/** What another member wrote is checked like a bundle before it touches the library. */
export function validateItem(kind: SyncKind, data: unknown): SyncItem {
  const parsed = SCHEMAS[kind].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', 'teamItemInvalid', { kind }, { detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
  }
  return parsed.data as unknown as SyncItem;
}

export function writeItem(db: Db, kind: SyncKind, item: SyncItem): void {
  writeBundleItem(db, kind, item);
}

/** An item emptied from the trash elsewhere: gone here too (its children follow by cascade). */
export function purgeItem(db: Db, kind: SyncKind, id: string): void {
  db.prepare(`DELETE FROM ${TABLES[kind]} WHERE id = ?`).run(id);
}

/** Fields that are derived or bookkeeping, never content: not compared, not a conflict. */
const NOT_CONTENT = new Set(['updatedAt', 'createdAt', 'plainText', 'links', 'original']);

/** The content of an item, field by field, for comparing and merging. */
export function contentFields(item: SyncItem | null): Map<string, string> {
  const fields = new Map<string, string>();
  if (!item) return fields;
  for (const [key, value] of Object.entries(item)) if (!NOT_CONTENT.has(key)) fields.set(key, canonicalJson(value ?? null));
  return fields;
}

export const sameContent = (a: SyncItem | null, b: SyncItem | null) => {
  if (a === null || b === null) return a === b;
  const fa = contentFields(a);
  const fb = contentFields(b);
  return fa.size === fb.size && [...fa].every(([k, v]) => fb.get(k) === v);
};
