import type { Db } from '../db/connection';
import { analyze, gramsOf } from './dutch-text';
import { EvidencePostings } from './evidence-postings';
import { type TermVector, vectorFromBlobs } from './quote-terms';
import type { Vocabulary } from './vocabulary';

export interface Phrasing {
  text: string;
  terms: ResolvedTerms;
  grams: Map<string, number>;
}

export interface EvidenceQuote {
  quoteId: string;
  sourceId: string;
  vector: TermVector;
}

/**
 * What linking knows of one lesson: its phrasings (title, aliases), its whole description
 * (phrasings, summary and related words), and its evidence (the quotes linked to it), with an
 * inverted index over the evidence so that the nearest linked quote is found from the query's
 * terms alone.
 */
export interface LessonModel {
  id: string;
  title: string;
  phrasings: Phrasing[];
  profile: ResolvedTerms;
  profileGrams: Map<string, number>;
  /** Terms that only the researcher's related words give the lesson: reasons name them as related. */
  related: ReadonlySet<string>;
  evidence: EvidenceQuote[];
  quoteIds: ReadonlySet<string>;
  /** Term number to the positions in `evidence` holding it, and the term's weight there. */
  postings: EvidencePostings;
}

interface LessonRow {
  id: string;
  title: string;
  summary: string;
  related_words: string;
  aliases: string | null;
}

/** lesson_id, quote_id, source_id, ids, weights: read raw (arrays, not objects), 30,000 at a time. */
type EvidenceRow = [string, string, string, Buffer, Buffer];

const LESSONS = `SELECT l.id, l.title, l.summary, l.related_words,
    (SELECT group_concat(alias, char(31)) FROM lesson_aliases a WHERE a.lesson_id = l.id) AS aliases
  FROM lessons l WHERE l.deleted_at IS NULL`;
// Only live quotes have stored terms, so joining them is the liveness test; the backfill is
// finished before models are read, so every live quote has them.
const EVIDENCE = `SELECT e.lesson_id, t.quote_id, t.source_id, t.ids, t.weights
  FROM evidence e JOIN lessons l ON l.id = e.lesson_id AND l.deleted_at IS NULL
  JOIN link_quote_terms t ON t.quote_id = e.quote_id`;

/** Terms of a text by their current numbers; built again when the vocabulary's generation changes. */
export class ResolvedTerms {
  private cached: { generation: number; vector: TermVector } | null = null;
  constructor(readonly terms: ReadonlyMap<string, number>) {}
  vector(vocabulary: Vocabulary): TermVector {
    if (this.cached?.generation === vocabulary.generation) return this.cached.vector;
    const ids = new Int32Array(this.terms.size);
    const tf = new Float32Array(this.terms.size);
    let i = 0;
    for (const [term, weight] of this.terms) {
      ids[i] = vocabulary.number(term);
      tf[i++] = weight;
    }
    this.cached = { generation: vocabulary.generation, vector: { ids, tf } };
    return this.cached.vector;
  }
}

/**
 * Every live lesson's model, read from the library file on first use (lessons, aliases and
 * the stored terms of their evidence: no quote text is analysed again) and then updated per
 * lesson when the change feed says a lesson or one of its quotes changed.
 */
export class LessonModels {
  private models: Map<string, LessonModel> | null = null;

  constructor(
    private readonly db: Db,
    private readonly vocabulary: Vocabulary,
  ) {}

  all(): Iterable<LessonModel> {
    return this.load().values();
  }

  private known: { generation: number; ids: Set<number> } | null = null;

  /**
   * Term numbers that some lesson holds (in a phrasing, its description or its evidence). A
   * query term outside them cannot raise any score; the scorer gives it weight 1 in the query's
   * norm (so version 3 of the method stays what was measured).
   */
  knownIds(): ReadonlySet<number> {
    if (this.known?.generation === this.vocabulary.generation) return this.known.ids;
    const ids = new Set<number>();
    for (const model of this.load().values()) {
      for (const p of model.phrasings) for (const id of p.terms.vector(this.vocabulary).ids) ids.add(id);
      for (const id of model.profile.vector(this.vocabulary).ids) ids.add(id);
      for (const id of model.postings.terms()) ids.add(id);
    }
    this.known = { generation: this.vocabulary.generation, ids };
    return ids;
  }

  get(id: string): LessonModel | undefined {
    return this.load().get(id);
  }

  /**
   * Reads every lesson's model one lesson per step, giving way to requests between steps, so a
   * host can have them ready before the first "Eerder gehoord" without holding its loop for the
   * whole read (~0.4 s at 30,000 evidence quotes).
   */
  async warmUp(yieldToRequests: () => Promise<void>): Promise<void> {
    if (this.models) return;
    this.changedDuringWarmUp = false;
    const models = new Map<string, LessonModel>();
    for (const [id, model] of this.readModels()) {
      if (!this.db.open || this.models) return;
      models.set(id, model);
      await yieldToRequests();
    }
    // A change during the steps may have been missed: if any came in, read again on first use.
    if (this.models || !this.db.open || this.changedDuringWarmUp) {
      this.changedDuringWarmUp = false;
      return;
    }
    this.models = models;
    this.known = null;
  }

  private changedDuringWarmUp = false;

  /** Every live lesson's model, one lesson (and its evidence, by the evidence_lesson index) at a time. */
  private *readModels(): Generator<[string, LessonModel]> {
    for (const row of this.db.prepare(LESSONS).all() as LessonRow[]) {
      yield [row.id, this.build(row, this.db.prepare(`${EVIDENCE} WHERE e.lesson_id = ?`).raw().all(row.id) as EvidenceRow[])];
    }
  }

  private load(): Map<string, LessonModel> {
    if (this.models) return this.models;
    this.models = new Map(this.readModels());
    this.known = null;
    return this.models;
  }

  private build(row: LessonRow, evidenceRows: readonly EvidenceRow[]): LessonModel {
    const aliases = row.aliases ? row.aliases.split('\u001f') : [];
    const phrasings = [row.title, ...aliases].map((text) => ({ text, terms: new ResolvedTerms(analyze(text).terms), grams: gramsOf(text) }));
    const relatedWords = JSON.parse(row.related_words) as string[];
    // Related words are part of what the lesson is about, so they count in its description.
    const description = [row.title, ...aliases, row.summary, ...relatedWords].join('\n');
    const profile = new ResolvedTerms(analyze(description).terms);
    const profileGrams = gramsOf(description);
    const described = analyze([row.title, ...aliases, row.summary].join('\n')).terms;
    const related = new Set<string>();
    for (const word of relatedWords) for (const term of analyze(word).terms.keys()) if (!described.has(term)) related.add(term);
    const evidence: EvidenceQuote[] = [];
    for (const [, quoteId, sourceId, ids, weights] of evidenceRows) {
      evidence.push({ quoteId, sourceId, vector: vectorFromBlobs(ids, weights) });
    }
    const postings = new EvidencePostings(evidence.map((e) => e.vector));
    return { id: row.id, title: row.title, phrasings, profile, profileGrams, related, evidence, quoteIds: new Set(evidence.map((e) => e.quoteId)), postings };
  }

  /** Reads one lesson again (its phrasings and evidence), or drops it when it is gone. */
  private reload(id: string): void {
    const models = this.models;
    if (!models) return;
    const row = this.db.prepare(`${LESSONS} AND l.id = ?`).get(id) as LessonRow | undefined;
    if (!row) {
      models.delete(id);
      this.known = null;
      return;
    }
    models.set(id, this.build(row, this.db.prepare(`${EVIDENCE} WHERE e.lesson_id = ?`).raw().all(id) as EvidenceRow[]));
    this.known = null;
  }

  /** After a drain: lessons that changed, and the lessons of quotes that changed (before and after). */
  apply(lessonIds: Iterable<string>, quoteIds: Iterable<string>): void {
    if (!this.models) {
      this.changedDuringWarmUp = true;
      return;
    }
    const affected = new Set(lessonIds);
    const ofQuote = this.db.prepare('SELECT lesson_id FROM evidence WHERE quote_id = ?').pluck();
    for (const quoteId of quoteIds) {
      // Lessons it was evidence of (a quote unlinked is no longer in the table) and is now.
      for (const model of this.models.values()) if (model.quoteIds.has(quoteId)) affected.add(model.id);
      for (const lessonId of ofQuote.all(quoteId) as string[]) affected.add(lessonId);
    }
    for (const id of affected) this.reload(id);
  }

  invalidate(): void {
    this.known = null;
    this.models = null;

  }
}
