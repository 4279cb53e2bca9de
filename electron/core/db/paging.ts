import { VALIDATION } from '../../../shared/api/validation-messages';
import type { ItemKind } from '../../../shared/api/items';
import { normalize, words } from '../../../shared/text/normalize';
import { AppError } from '../errors';
import type { Db } from './connection';

export interface PageRequest {
  limit: number;
  sort: string;
  direction: 'asc' | 'desc';
  query?: string | undefined;
  /** The cursor from the previous page: continue after that row. */
  after?: string | undefined;
}

export interface PagedQuery {
  table: string;
  /** The kind of item in the search index, for the text filter. */
  kind: ItemKind;
  /** Sort field (from the validated input) to SQL expressions, never NULL; never user text. */
  sortColumns: Record<string, readonly string[]>;
  where?: string[];
  params?: unknown[];
}

export interface Page {
  ids: string[];
  /** Counted for the first page only (a count is a scan); null on later pages. */
  total: number | null;
  /** Where the next page starts, or null at the end. */
  next: string | null;
}

function parseCursor(after: string, width: number): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(after);
  } catch {
    // Not JSON: refused just below with the same message as any other malformed cursor.
    values = null;
  }
  if (!Array.isArray(values) || values.length !== width || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw new AppError('invalid_input', 'badCursor', {}, { issues: [{ path: 'after', message: VALIDATION.badCursor, key: 'badCursor' }] });
  }
  return values;
}

/**
 * Ids of live rows for one page, in a stable order (id breaks ties). Keyset paging: the next
 * page starts after the last row's sort values, so the last page of 100,000 rows costs what
 * the first costs (OFFSET would read and skip every row before it). The text filter matches
 * whole words and word starts in the search index, with the same normalisation as search
 * ("coordinatie" finds "coördinatie").
 */
export function pageIds(db: Db, query: PagedQuery, page: PageRequest): Page {
  const where = ['deleted_at IS NULL', ...(query.where ?? [])];
  const params = [...(query.params ?? [])];
  const text = normalize(page.query ?? '').trim();
  if (text) {
    // Names and titles: anywhere inside ("an" finds "Daan"); texts: every typed word as a word or its start.
    const matches = ["doc IN (SELECT doc FROM search_docs WHERE norm_title <> '' AND norm_title LIKE ? ESCAPE '\\')"];
    const matchParams: unknown[] = [`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`];
    const typed = words(text);
    if (typed.length > 0) {
      matches.push('doc IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)');
      matchParams.push(typed.map((w) => `"${w}"*`).join(' AND '));
    }
    where.push(`id IN (SELECT item_id FROM search_docs WHERE kind = ? AND (${matches.join(' OR ')}))`);
    params.push(query.kind, ...matchParams);
  }
  const sort = [...(query.sortColumns[page.sort] ?? ['created_at']), 'id'];
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC';
  const total = page.after === undefined ? (db.prepare(`SELECT COUNT(*) FROM ${query.table} WHERE ${where.join(' AND ')}`).pluck().get(...params) as number) : null;
  if (page.after !== undefined) {
    where.push(`(${sort.join(', ')}) ${dir === 'DESC' ? '<' : '>'} (${sort.map(() => '?').join(', ')})`);
    params.push(...parseCursor(page.after, sort.length));
  }
  const rows = db
    .prepare(`SELECT ${sort.join(', ')} FROM ${query.table} WHERE ${where.join(' AND ')} ORDER BY ${sort.map((s) => `${s} ${dir}`).join(', ')} LIMIT ?`)
    .raw()
    .all(...params, page.limit) as unknown[][];
  const last = rows[rows.length - 1];
  return {
    ids: rows.map((r) => r[r.length - 1] as string),
    total,
    next: rows.length === page.limit && last ? JSON.stringify(last) : null,
  };
}
