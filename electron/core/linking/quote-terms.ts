import type { Db } from '../db/connection';
import { analyze } from './dutch-text';
import type { Vocabulary } from './vocabulary';
import { cached } from '../db/statement-cache';

/** A sparse vector over term numbers: cheap to score, small to keep, stored as two blobs. */
export interface TermVector {
  ids: Int32Array;
  tf: Float32Array;
}

interface QuoteTextRow {
  rid: number;
  id: string;
  source_id: string;
  text: string;
  live: 0 | 1;
}

interface StoredRow {
  ids: Buffer;
  weights: Buffer;
}

/** Typed arrays over a blob; copied when SQLite's buffer is not aligned for them. */
export function vectorFromBlobs(ids: Buffer, weights: Buffer): TermVector {
  const aligned = (b: Buffer) => (b.byteOffset % 4 === 0 ? b : Buffer.from(b));
  const i = aligned(ids);
  const w = aligned(weights);
  return { ids: new Int32Array(i.buffer, i.byteOffset, i.length / 4), tf: new Float32Array(w.buffer, w.byteOffset, w.length / 4) };
}

const blob = (array: Int32Array | Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/**
 * The terms of every live quote and how many quotes hold each term, in the library file
 * (migration 5). Kept current inside the change feed's transactions, so the figures are right
 * after a crash or a write by another program; never rebuilt at start.
 */
export class QuoteTerms {
  /** Prepared on first use: a library opened with older migrations (tests) has no link tables. */
  private statements: ReturnType<QuoteTerms['prepare']> | null = null;

  constructor(
    private readonly db: Db,
    readonly vocabulary: Vocabulary,
  ) {}

  private prepare() {
    const db = this.db;
    return {
      readQuote: cached(db, 'SELECT rowid AS rid, id, source_id, text, deleted_at IS NULL AS live FROM quotes WHERE id = ?'),
      readStored: cached(db, 'SELECT ids, weights FROM link_quote_terms WHERE quote_id = ?'),
      writeStored: cached(db, 'INSERT OR REPLACE INTO link_quote_terms (quote_id, source_id, ids, weights) VALUES (?, ?, ?, ?)'),
      deleteStored: cached(db, 'DELETE FROM link_quote_terms WHERE quote_id = ?'),
      readState: cached(db, 'SELECT value FROM link_state WHERE key = ?').pluck(),
      writeState: cached(db, 'UPDATE link_state SET value = ? WHERE key = ?'),
    };
  }

  private get sql(): ReturnType<QuoteTerms['prepare']> {
    this.statements ??= this.prepare();
    return this.statements;
  }

  private state(key: 'backfill_after' | 'quotes'): number {
    return (this.sql.readState.get(key) as number | undefined) ?? 0;
  }

  /** Live quotes whose terms are stored: the N of every idf. */
  quoteCount(): number {
    return this.state('quotes');
  }

  /** How many live quotes hold a term (by its text; for tests and the bench). */
  documentFrequency(term: string): number {
    return this.vocabulary.documentFrequency(this.vocabulary.number(term));
  }

  /** Stored terms of a quote, or null when not stored (yet). */
  vectorOf(quoteId: string): TermVector | null {
    const row = this.sql.readStored.get(quoteId) as StoredRow | undefined;
    return row ? vectorFromBlobs(row.ids, row.weights) : null;
  }

  /** Whether every quote that existed when linking came in has been read. */
  backfilled(): boolean {
    return this.state('backfill_after') < 0;
  }

  private forget(quoteId: string): void {
    const old = this.vectorOf(quoteId);
    if (!old) return;
    for (const id of old.ids) this.vocabulary.count(id, -1);
    this.sql.deleteStored.run(quoteId);
    this.sql.writeState.run(this.quoteCount() - 1, 'quotes');
  }

  private store(quoteId: string, sourceId: string, text: string): void {
    const { terms } = analyze(text);
    const ids = new Int32Array(terms.size);
    const tf = new Float32Array(terms.size);
    let i = 0;
    for (const [term, weight] of terms) {
      const id = this.vocabulary.store(term);
      this.vocabulary.count(id, 1);
      ids[i] = id;
      tf[i] = weight;
      i++;
    }
    this.sql.writeStored.run(quoteId, sourceId, blob(ids), blob(tf));
    this.sql.writeState.run(this.quoteCount() + 1, 'quotes');
  }

  /** Counts in memory may be ahead of the file when a transaction rolls back: read them again. */
  private guarded<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      this.vocabulary.invalidate();
      throw error;
    }
  }

  /** Brings the stored terms of these quotes up to date; call inside a write transaction. */
  apply(quoteIds: Iterable<string>): void {
    this.guarded(() => {
      const backfillAfter = this.state('backfill_after');
      for (const id of quoteIds) {
        const row = this.sql.readQuote.get(id) as QuoteTextRow | undefined;
        // Not read by the backfill yet: the backfill will read its current text.
        if (row && backfillAfter >= 0 && row.rid > backfillAfter) continue;
        this.forget(id);
        if (row?.live) this.store(id, row.source_id, row.text);
      }
    });
  }

  /**
   * Reads up to `limit` quotes that existed before linking was kept in the file (a library
   * upgraded from an older version); returns false when all are read. One transaction per step.
   */
  backfillStep(limit: number): boolean {
    const step = this.db.transaction(() => {
      const after = this.state('backfill_after');
      if (after < 0) return false;
      const rows = this.db
        .prepare('SELECT rowid AS rid, id, source_id, text, deleted_at IS NULL AS live FROM quotes WHERE rowid > ? ORDER BY rowid LIMIT ?')
        .all(after, limit) as QuoteTextRow[];
      for (const row of rows) {
        this.forget(row.id);
        if (row.live) this.store(row.id, row.source_id, row.text);
      }
      const done = rows.length < limit;
      this.sql.writeState.run(done ? -1 : (rows[rows.length - 1]?.rid ?? after), 'backfill_after');
      return !done;
    });
    return this.guarded(() => step.immediate());
  }
}
