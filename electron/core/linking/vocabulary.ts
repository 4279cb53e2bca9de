import type { Db } from '../db/connection';

/**
 * Every term linking has stored, with its number and how many live quotes hold it (`link_terms`,
 * migration 5), mirrored in memory on first use. Stored quote terms are numbers, so a lesson's
 * evidence is read as typed arrays without parsing text. A term no quote holds yet (a word only
 * in a lesson's title, or in a query) gets a negative number that lives in memory only; when a
 * quote brings it into the file it gets a stored number, and `generation` changes so that vectors
 * built with the old number are built again.
 */
export class Vocabulary {
  private ids = new Map<string, number>();
  private terms: string[] = [];
  private dfs: number[] = [];
  private locals = new Map<string, number>();
  private localTerms = new Map<number, string>();
  private nextLocal = -1;
  private loaded = false;
  /** Changes when a term with a memory-only number gets a stored one. */
  generation = 0;

  constructor(private readonly db: Db) {}

  /** Reads the vocabulary now (a host does this after start, not at the first suggestion). */
  load(): void {
    if (this.loaded) return;
    this.ids = new Map();
    this.terms = [];
    this.dfs = [];
    for (const [id, term, df] of this.db.prepare('SELECT id, term, df FROM link_terms').raw().all() as [number, string, number][]) {
      this.ids.set(term, id);
      this.terms[id] = term;
      this.dfs[id] = df;
    }
    this.loaded = true;
  }

  /** The term's number: stored if any quote ever held it, else a memory-only (negative) one. */
  number(term: string): number {
    this.load();
    const id = this.ids.get(term);
    if (id !== undefined) return id;
    let local = this.locals.get(term);
    if (local === undefined) {
      local = this.nextLocal--;
      this.locals.set(term, local);
      this.localTerms.set(local, term);
    }
    return local;
  }

  /**
   * The term's number if it has one (stored, or given to a lesson's word), else undefined.
   * Queries use this: a word typed once must not take a number that is kept for good.
   */
  lookup(term: string): number | undefined {
    this.load();
    return this.ids.get(term) ?? this.locals.get(term);
  }

  term(id: number): string {
    this.load();
    return (id < 0 ? this.localTerms.get(id) : this.terms[id]) ?? '';
  }

  documentFrequency(id: number): number {
    this.load();
    return id < 0 ? 0 : (this.dfs[id] ?? 0);
  }

  /** Every stored term with its quote count. */
  *entries(): Generator<[string, number]> {
    this.load();
    for (let id = 0; id < this.terms.length; id++) {
      const term = this.terms[id];
      if (term !== undefined) yield [term, this.dfs[id] ?? 0];
    }
  }

  /** A stored number for the term, made when needed; call inside a write transaction. */
  store(term: string): number {
    this.load();
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = Number(this.db.prepare('INSERT INTO link_terms (term, df) VALUES (?, 0)').run(term).lastInsertRowid);
    this.ids.set(term, id);
    this.terms[id] = term;
    this.dfs[id] = 0;
    if (this.locals.has(term)) {
      this.locals.delete(term);
      this.generation++;
    }
    return id;
  }

  /** Adds `by` (±1) to how many quotes hold the term; call inside a write transaction. */
  count(id: number, by: number): void {
    this.db.prepare('UPDATE link_terms SET df = df + ? WHERE id = ?').run(by, id);
    this.dfs[id] = (this.dfs[id] ?? 0) + by;
  }

  /** Read again from the file on next use (another program wrote, or a write was rolled back). */
  invalidate(): void {
    this.loaded = false;
    this.locals = new Map();
    this.localTerms = new Map();
    this.generation++;
  }
}
