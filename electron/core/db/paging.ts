import type { Db } from './connection';

export interface PageRequest {
  offset: number;
  limit: number;
  sort: string;
  direction: 'asc' | 'desc';
  query?: string | undefined;
}

export interface PagedQuery {
  table: string;
  /** Sort field (from the validated input) to SQL expression; never user text. */
  sortColumns: Record<string, string>;
  /** Columns matched by the simple "contains" filter of a list. */
  queryColumns: readonly string[];
  where?: string[];
  params?: unknown[];
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Ids of live rows for one page, plus the total, in a stable order (id breaks ties). */
export function pageIds(db: Db, query: PagedQuery, page: PageRequest): { ids: string[]; total: number } {
  const where = ['deleted_at IS NULL', ...(query.where ?? [])];
  const params = [...(query.params ?? [])];
  const text = page.query?.trim();
  if (text) {
    where.push(`(${query.queryColumns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < query.queryColumns.length; i++) params.push(likePattern(text));
  }
  const whereSql = where.join(' AND ');
  const sortSql = query.sortColumns[page.sort] ?? 'created_at';
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${query.table} WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const ids = db
    .prepare(`SELECT id FROM ${query.table} WHERE ${whereSql} ORDER BY ${sortSql} ${dir}, id ${dir} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, page.limit, page.offset) as string[];
  return { ids, total };
}
