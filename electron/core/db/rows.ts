import { VALIDATION } from '../../../shared/api/validation-messages';
import type { Db } from './connection';
import { nowIso } from '../clock';
import { AppError, notFound } from '../errors';

/** Tables whose rows go to the trash rather than being deleted. */
export type EntityTable = 'people' | 'sources' | 'quotes' | 'lessons' | 'tags' | 'notes' | 'collections';

export interface MetaRow {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function metaOf(row: MetaRow) {
  return { id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at };
}

export function isLive(db: Db, table: EntityTable, id: string): boolean {
  const row = db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
  return row !== undefined && row.deleted_at === null;
}

/** A reference to another item must point at one that exists and is not in the trash. */
export function requireLive(db: Db, table: EntityTable, id: string, label: string): void {
  if (!isLive(db, table, id)) throw notFound(label, id);
}

export function softDelete(db: Db, table: EntityTable, id: string, label: string, at = nowIso()): void {
  const result = db.prepare(`UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`).run(at, at, id);
  if (result.changes === 0) throw notFound(label, id);
}

export function restoreRow(db: Db, table: EntityTable, id: string, label: string): string {
  const row = db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
  if (!row) throw notFound(label, id);
  if (row.deleted_at === null) throw new AppError('conflict', 'notInTrash', {}, { detail: `${label} ${id}` });
  db.prepare(`UPDATE ${table} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(nowIso(), id);
  return row.deleted_at;
}

export function touch(db: Db, table: EntityTable, id: string): void {
  db.prepare(`UPDATE ${table} SET updated_at = ? WHERE id = ?`).run(nowIso(), id);
}

/** Checks an id list for duplicates, so that a unique-key error never reaches the user raw. */
export function requireDistinct(values: readonly string[], field: string): void {
  if (new Set(values).size !== values.length) throw new AppError('invalid_input', 'duplicateReference', { field }, { issues: [{ path: field, message: VALIDATION.duplicate, key: 'duplicate' }] });
}
