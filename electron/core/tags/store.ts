import type { ParsedInput } from '../../../shared/api/contract';
import type { Tag } from '../../../shared/api/tags';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireLive, restoreRow, softDelete } from '../db/rows';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { cached } from '../db/statement-cache';

interface TagRow extends MetaRow {
  name: string;
  facet: Tag['facet'];
  parent_id: string | null;
}

export function getTag(db: Db, id: string): Tag | null {
  const row = cached(db, 'SELECT * FROM tags WHERE id = ?').get(id) as TagRow | undefined;
  if (!row) return null;
  return { ...metaOf(row), name: row.name, facet: row.facet, parentId: row.parent_id };
}

export function requireTag(db: Db, id: string): Tag {
  const tag = getTag(db, id);
  if (!tag) throw notFound('Label', id);
  return tag;
}

/** A label may not become its own ancestor: walk up from the new parent. */
function checkParent(db: Db, tagId: string | null, parentId: string | null): void {
  if (parentId === null) return;
  requireLive(db, 'tags', parentId, 'Bovenliggend label');
  const parentOf = cached(db, 'SELECT parent_id FROM tags WHERE id = ?').pluck();
  for (let at: string | null = parentId, steps = 0; at !== null; at = parentOf.get(at) as string | null, steps++) {
    if (at === tagId || steps > 10_000) throw new AppError('invalid_input', 'tagUnderItself');
  }
}

export function createTag(db: Db, input: ParsedInput<'tags.create'>): Tag {
  checkParent(db, null, input.parentId);
  const id = newId();
  const now = nowIso();
  cached(db, 'INSERT INTO tags (id, name, facet, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    input.name,
    input.facet,
    input.parentId,
    now,
    now,
  );
  return requireTag(db, id);
}

export function updateTag(db: Db, input: ParsedInput<'tags.update'>): Tag {
  requireLive(db, 'tags', input.id, 'Label');
  const current = requireTag(db, input.id);
  const parentId = input.parentId === undefined ? current.parentId : input.parentId;
  checkParent(db, input.id, parentId);
  cached(db, 'UPDATE tags SET name = ?, facet = ?, parent_id = ?, updated_at = ? WHERE id = ?').run(
    input.name ?? current.name,
    input.facet ?? current.facet,
    parentId,
    nowIso(),
    input.id,
  );
  return requireTag(db, input.id);
}

export function listTags(db: Db, input: ParsedInput<'tags.list'>) {
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'tags',
      kind: 'tag',
      sortColumns: { name: ['name COLLATE NOCASE'], facet: ['facet', 'name COLLATE NOCASE'], createdAt: ['created_at'] },
      where: input.facet ? ['facet = ?'] : [],
      params: input.facet ? [input.facet] : [],
    },
    input,
  );
  return { items: ids.map((id) => requireTag(db, id)), total, next };
}

export function deleteTag(db: Db, id: string): Tag {
  softDelete(db, 'tags', id, 'Label');
  return requireTag(db, id);
}

export function restoreTag(db: Db, id: string): Tag {
  restoreRow(db, 'tags', id, 'Label');
  return requireTag(db, id);
}
