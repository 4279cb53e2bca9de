import type { Db } from '../db/connection';
import { analyze, parseTerms, serializeTerms } from './dutch-text';

interface QuoteTextRow {
  rid: number;
  id: string;
  text: string;
  live: 0 | 1;
}

/**
 * The terms of every live quote and how many quotes hold each term, in the library file
 * (migration 5). Kept current inside the change feed's transactions, so the figures are right
 * after a crash or a write by another program; never rebuilt at start.
 */
export class QuoteTerms {
  private readonly readQuote;
  private readonly readStored;
  private readonly writeStored;
  private readonly deleteStored;
  private readonly addDf;
  private readonly subtractDf;
  private readonly dropDf;
  private readonly readDf;
  private readonly readState;
  private readonly writeState;

  constructor(private readonly db: Db) {
    this.readQuote = db.prepare('SELECT rowid AS rid, id, text, deleted_at IS NULL AS live FROM quotes WHERE id = ?');
    this.readStored = db.prepare('SELECT terms FROM link_quote_terms WHERE quote_id = ?').pluck();
    this.writeStored = db.prepare('INSERT OR REPLACE INTO link_quote_terms (quote_id, terms) VALUES (?, ?)');
    this.deleteStored = db.prepare('DELETE FROM link_quote_terms WHERE quote_id = ?');
    this.addDf = db.prepare('INSERT INTO link_term_df (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1');
    this.subtractDf = db.prepare('UPDATE link_term_df SET df = df - 1 WHERE term = ?');
    this.dropDf = db.prepare('DELETE FROM link_term_df WHERE term = ? AND df <= 0');
    this.readDf = db.prepare('SELECT df FROM link_term_df WHERE term = ?').pluck();
    this.readState = db.prepare('SELECT value FROM link_state WHERE key = ?').pluck();
    this.writeState = db.prepare('UPDATE link_state SET value = ? WHERE key = ?');
  }

  private state(key: 'backfill_after' | 'quotes'): number {
    return (this.readState.get(key) as number | undefined) ?? 0;
  }

  /** Live quotes whose terms are stored: the N of every idf. */
  quoteCount(): number {
    return this.state('quotes');
  }

  documentFrequency(term: string): number {
    return (this.readDf.get(term) as number | undefined) ?? 0;
  }

  /** Stored terms of a quote, or null when not stored (yet). */
  termsOf(quoteId: string): Map<string, number> | null {
    const json = this.readStored.get(quoteId) as string | undefined;
    return json === undefined ? null : parseTerms(json);
  }

  /** Whether every quote that existed when linking came in has been read. */
  backfilled(): boolean {
    return this.state('backfill_after') < 0;
  }

  private forget(quoteId: string): boolean {
    const old = this.termsOf(quoteId);
    if (!old) return false;
    for (const term of old.keys()) {
      this.subtractDf.run(term);
      this.dropDf.run(term);
    }
    this.deleteStored.run(quoteId);
    this.writeState.run(this.quoteCount() - 1, 'quotes');
    return true;
  }

  private store(quoteId: string, text: string): void {
    const { terms } = analyze(text);
    for (const term of terms.keys()) this.addDf.run(term);
    this.writeStored.run(quoteId, serializeTerms(terms));
    this.writeState.run(this.quoteCount() + 1, 'quotes');
  }

  /** Brings the stored terms of these quotes up to date; call inside a write transaction. */
  apply(quoteIds: Iterable<string>): void {
    const backfillAfter = this.state('backfill_after');
    for (const id of quoteIds) {
      const row = this.readQuote.get(id) as QuoteTextRow | undefined;
      // Not read by the backfill yet: the backfill will read its current text.
      if (row && backfillAfter >= 0 && row.rid > backfillAfter) continue;
      this.forget(id);
      if (row?.live) this.store(id, row.text);
    }
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
        .prepare('SELECT rowid AS rid, id, text, deleted_at IS NULL AS live FROM quotes WHERE rowid > ? ORDER BY rowid LIMIT ?')
        .all(after, limit) as QuoteTextRow[];
      for (const row of rows) {
        this.forget(row.id);
        if (row.live) this.store(row.id, row.text);
      }
      const done = rows.length < limit;
      this.writeState.run(done ? -1 : (rows[rows.length - 1]?.rid ?? after), 'backfill_after');
      return !done;
    });
    return step.immediate();
  }
}
