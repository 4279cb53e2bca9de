import type { ItemKind } from '../../../shared/api/items';
import { normalize, words } from '../../../shared/text/normalize';
import type { Db } from '../db/connection';
import type { SearchDoc, SearchQuery } from './search-types';

/** Texts up to this length are kept beside the postings for ranking and snippets; longer ones (sources) are read from their own table for the hits shown. */
export const SHORT_BODY_CHARS = 2000;

export interface DocRow {
  doc: number;
  kind: ItemKind;
  item_id: string;
  title: string;
  norm_title: string;
  short_body: string | null;
  date: string | null;
}

const joinIds = (ids: readonly string[]) => ids.join(',');

/** A query's filters as a SQL condition over `search_docs` (empty: no filter). */
export interface Filter {
  sql: string;
  params: unknown[];
}

/**
 * The SQL side of search: postings in FTS5, per-document facts in `search_docs`, the vocabulary
 * in `search_terms` (migration 3). Every statement is prepared once.
 */
export class SearchStore {
  private readonly find;
  private readonly insertDoc;
  private readonly updateDoc;
  private readonly deleteDoc;
  private readonly insertFts;
  private readonly deleteFts;
  private readonly insertTerm;
  private readonly termsAfter;
  private readonly rowStatement;

  constructor(private readonly db: Db) {
    this.find = db.prepare('SELECT doc FROM search_docs WHERE kind = ? AND item_id = ?').pluck();
    this.insertDoc = db.prepare(
      `INSERT INTO search_docs (kind, item_id, title, norm_title, short_body, date, tag_ids, person_ids, lesson_ids)
       VALUES (@kind, @itemId, @title, @normTitle, @shortBody, @date, @tagIds, @personIds, @lessonIds)`,
    );
    this.updateDoc = db.prepare(
      `UPDATE search_docs SET title = @title, norm_title = @normTitle, short_body = @shortBody, date = @date,
         tag_ids = @tagIds, person_ids = @personIds, lesson_ids = @lessonIds WHERE doc = @doc`,
    );
    this.deleteDoc = db.prepare('DELETE FROM search_docs WHERE doc = ?');
    this.insertFts = db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
    this.deleteFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?');
    this.insertTerm = db.prepare('INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
    this.termsAfter = db.prepare('SELECT id, term FROM search_terms WHERE id > ? ORDER BY id LIMIT ?').raw();
    this.rowStatement = db.prepare('SELECT doc, kind, item_id, title, norm_title, short_body, date FROM search_docs WHERE doc = ?');
  }

  /** Writes a document; `known` tells which words are in `search_terms` already (most are). */
  upsert(doc: SearchDoc, known: (term: string) => boolean): string[] {
    const normTitle = normalize(doc.title);
    const normBody = normalize(doc.body);
    const params = {
      title: doc.title,
      normTitle,
      shortBody: doc.body.length <= SHORT_BODY_CHARS ? doc.body : null,
      date: doc.date,
      tagIds: joinIds(doc.tagIds),
      personIds: joinIds(doc.personIds),
      lessonIds: joinIds(doc.lessonIds),
    };
    const existing = this.find.get(doc.kind, doc.id) as number | undefined;
    let number: number;
    if (existing === undefined) {
      number = Number(this.insertDoc.run({ ...params, kind: doc.kind, itemId: doc.id }).lastInsertRowid);
    } else {
      number = existing;
      this.updateDoc.run({ ...params, doc: number });
      this.deleteFts.run(number);
    }
    this.insertFts.run(number, normTitle, normBody);
    const added: string[] = [];
    for (const term of new Set([...words(normTitle), ...words(normBody)])) {
      if (known(term)) continue;
      this.insertTerm.run(term);
      added.push(term);
    }
    return added;
  }

  remove(kind: ItemKind, id: string): void {
    const existing = this.find.get(kind, id) as number | undefined;
    if (existing === undefined) return;
    this.deleteFts.run(existing);
    this.deleteDoc.run(existing);
  }

  /** Up to `limit` words added after `afterId` (by this or another program), in order. */
  termsSince(afterId: number, limit: number): [number, string][] {
    return this.termsAfter.all(afterId, limit) as [number, string][];
  }

  lastTermId(): number {
    return (this.db.prepare('SELECT coalesce(max(id), 0) FROM search_terms').pluck().get() as number) ?? 0;
  }

  /**
   * Documents matching an FTS5 expression, oldest first, at most `limit`, among those that pass
   * the filters. FTS5 stops reading postings once it has enough.
   */
  docsMatching(expression: string, limit: number, filter: Filter): number[] {
    const sql = `SELECT rowid FROM search_fts WHERE search_fts MATCH ?${filter.sql ? ` AND rowid IN (SELECT doc FROM search_docs WHERE ${filter.sql})` : ''} LIMIT ?`;
    return this.db.prepare(sql).pluck().all(expression, ...filter.params, limit) as number[];
  }

  /** Titled documents (people, sources, lessons, labels…) that pass the filters. */
  titled(filter: Filter): [number, string][] {
    const sql = `SELECT doc, norm_title FROM search_docs WHERE norm_title <> ''${filter.sql ? ` AND ${filter.sql}` : ''}`;
    return this.db.prepare(sql).raw().all(...filter.params) as [number, string][];
  }

  row(doc: number): DocRow | undefined {
    return this.rowStatement.get(doc) as DocRow | undefined;
  }

  /** The filters of a query as SQL over `search_docs`; empty when there are none. */
  static filter(q: SearchQuery): Filter {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.kinds && q.kinds.length > 0) {
      where.push(`kind IN (${q.kinds.map(() => '?').join(',')})`);
      params.push(...q.kinds);
    }
    const contains = (column: string, id: string) => {
      where.push(`instr(',' || ${column} || ',', ?) > 0`);
      params.push(`,${id},`);
    };
    if (q.personId) contains('person_ids', q.personId);
    if (q.lessonId) contains('lesson_ids', q.lessonId);
    if (q.tagIds && q.tagIds.length > 0) {
      where.push(`(${q.tagIds.map(() => "instr(',' || tag_ids || ',', ?) > 0").join(' OR ')})`);
      params.push(...q.tagIds.map((t) => `,${t},`));
    }
    if (q.dateFrom) {
      where.push('date >= ?');
      params.push(q.dateFrom);
    }
    if (q.dateTo) {
      // "2010" as the end includes everything in 2010: compare with a string just after it.
      where.push('date <= ?');
      params.push(`${q.dateTo}\uffff`);
    }
    return { sql: where.join(' AND '), params };
  }
}
