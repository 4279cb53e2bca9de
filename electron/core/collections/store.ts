import { COLLECTION_ITEM_KINDS, type CollectionItem, type Collection } from '../../../shared/api/collections';
import type { ParsedInput } from '../../../shared/api/contract';
import type { LexicalDoc } from '../../../shared/lexical/document';
import { extractDoc } from '../../../shared/lexical/extract';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireLive, restoreRow, softDelete } from '../db/rows';
import { notFound } from '../errors';
import { newId } from '../ids';
import { cached } from '../db/statement-cache';

interface CollectionRow extends MetaRow {
  title: string;
  intro_json: string | null;
}

interface ItemRow {
  item_kind: CollectionItem['kind'];
  item_id: string;
  heading: string | null;
  commentary: string;
}

function itemsOf(db: Db, collectionId: string): CollectionItem[] {
  const rows = cached(db, 'SELECT item_kind, item_id, heading, commentary FROM collection_items WHERE collection_id = ? ORDER BY position')
    .all(collectionId) as ItemRow[];
  return rows.map((r) => ({ kind: r.item_kind, itemId: r.item_id, heading: r.heading, commentary: r.commentary }));
}

/** The items are an ordered list; saving replaces the list, which is how reordering is stored. */
function writeItems(db: Db, collectionId: string, items: readonly CollectionItem[]): void {
  for (const item of items) requireLive(db, ITEM_TABLES[item.kind].table, item.itemId, ITEM_TABLES[item.kind].label);
  cached(db, 'DELETE FROM collection_items WHERE collection_id = ?').run(collectionId);
  const insert = cached(db, 'INSERT INTO collection_items (collection_id, position, item_kind, item_id, heading, commentary) VALUES (?, ?, ?, ?, ?, ?)',
  );
  items.forEach((item, i) => insert.run(collectionId, i, item.kind, item.itemId, item.heading || null, item.commentary));
}

export function getCollection(db: Db, id: string): Collection | null {
  const row = cached(db, 'SELECT * FROM collections WHERE id = ?').get(id) as CollectionRow | undefined;
  if (!row) return null;
  return {
    ...metaOf(row),
    title: row.title,
    intro: row.intro_json ? (JSON.parse(row.intro_json) as LexicalDoc) : null,
    items: itemsOf(db, id),
    itemTitles: titlesOf(db, id),
  };
}

/** The title of every item in one query per kind (quotes: the start of their text). */
function titlesOf(db: Db, collectionId: string): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const kind of COLLECTION_ITEM_KINDS) {
    const { table, titleColumn } = ITEM_TABLES[kind];
    const rows = db
      .prepare(`SELECT t.id, ${titleColumn} AS title FROM ${table} t JOIN collection_items ci ON ci.item_id = t.id AND ci.item_kind = ? WHERE ci.collection_id = ?`)
      .all(kind, collectionId) as { id: string; title: string }[];
    for (const row of rows) titles[row.id] = row.title;
  }
  return titles;
}

export function requireCollection(db: Db, id: string): Collection {
  const collection = getCollection(db, id);
  if (!collection) throw notFound('Collectie', id);
  return collection;
}

export function createCollection(db: Db, input: ParsedInput<'collections.create'>): Collection {
  const id = newId();
  const now = nowIso();
  cached(db, 'INSERT INTO collections (id, title, intro_json, intro_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    input.title,
    input.intro ? canonicalJson(input.intro) : null,
    input.intro ? extractDoc(input.intro).plainText : '',
    now,
    now,
  );
  writeItems(db, id, input.items);
  return requireCollection(db, id);
}

export function updateCollection(db: Db, input: ParsedInput<'collections.update'>): Collection {
  requireLive(db, 'collections', input.id, 'Collectie');
  const current = requireCollection(db, input.id);
  const intro = input.intro === undefined ? current.intro : input.intro;
  cached(db, 'UPDATE collections SET title = ?, intro_json = ?, intro_text = ?, updated_at = ? WHERE id = ?').run(
    input.title ?? current.title,
    intro ? canonicalJson(intro) : null,
    intro ? extractDoc(intro).plainText : '',
    nowIso(),
    input.id,
  );
  if (input.items) writeItems(db, input.id, input.items);
  return requireCollection(db, input.id);
}

export function listCollections(db: Db, input: ParsedInput<'collections.list'>) {
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'collections',
      kind: 'collection',
      sortColumns: { title: ['title COLLATE NOCASE'], createdAt: ['created_at'], updatedAt: ['updated_at'] },
    },
    input,
  );
  return { items: ids.map((id) => requireCollection(db, id)), total, next };
}

export function deleteCollection(db: Db, id: string): Collection {
  softDelete(db, 'collections', id, 'Collectie');
  return requireCollection(db, id);
}

export function restoreCollection(db: Db, id: string): Collection {
  restoreRow(db, 'collections', id, 'Collectie');
  return requireCollection(db, id);
}
