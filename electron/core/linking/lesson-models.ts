import type { Db } from '../db/connection';
import { analyze, gramsOf, parseTerms } from './dutch-text';
import type { QuoteTerms } from './quote-terms';

/** A sparse vector over interned term numbers: cheap to score, small to keep. */
export interface TermVector {
  ids: Int32Array;
  tf: Float32Array;
}

export interface Phrasing {
  text: string;
  vector: TermVector;
  grams: Set<string>;
}

export interface EvidenceQuote {
  quoteId: string;
  sourceId: string;
  vector: TermVector;
}

/**
 * What linking knows of one lesson: its phrasings (title, aliases), its whole description
 * (phrasings and summary), and its evidence (the quotes linked to it), with an inverted index
 * over the evidence so that the nearest linked quote is found from the query's terms alone.
 */
export interface LessonModel {
  id: string;
  title: string;
  phrasings: Phrasing[];
  profile: TermVector;
  /** Terms of the researcher's related words, each with the word as written: reasons name it as related. */
  related: Map<number, string>;
  evidence: EvidenceQuote[];
  /** Term number to the positions in `evidence` holding it, and the term's weight there. */
  postings: Map<number, { at: number[]; tf: number[] }>;
}

interface LessonRow {
  id: string;
  title: string;
  summary: string;
  related_words: string;
  aliases: string | null;
}

interface EvidenceRow {
  lesson_id: string;
  quote_id: string;
  source_id: string;
  terms: string | null;
  text: string;
}

const LESSONS = `SELECT l.id, l.title, l.summary, l.related_words,
    (SELECT group_concat(alias, char(31)) FROM lesson_aliases a WHERE a.lesson_id = l.id) AS aliases
  FROM lessons l WHERE l.deleted_at IS NULL`;
const EVIDENCE = `SELECT e.lesson_id, q.id AS quote_id, q.source_id, t.terms, CASE WHEN t.terms IS NULL THEN q.text ELSE '' END AS text
  FROM evidence e JOIN lessons l ON l.id = e.lesson_id AND l.deleted_at IS NULL
  JOIN quotes q ON q.id = e.quote_id AND q.deleted_at IS NULL
  LEFT JOIN link_quote_terms t ON t.quote_id = q.id`;

/** Term strings interned as numbers for the lifetime of the models. */
export class TermNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  number(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.strings.length;
      this.numbers.set(term, n);
      this.strings.push(term);
    }
    return n;
  }

  /** The number of a term already seen, or undefined: a query never grows the table. */
  known(term: string): number | undefined {
    return this.numbers.get(term);
  }

  term(n: number): string {
    return this.strings[n] ?? '';
  }

  vector(terms: ReadonlyMap<string, number>): TermVector {
    const ids = new Int32Array(terms.size);
    const tf = new Float32Array(terms.size);
    let i = 0;
    for (const [term, weight] of terms) {
      ids[i] = this.number(term);
      tf[i] = weight;
      i++;
    }
    return { ids, tf };
  }
}

/**
 * Every live lesson's model, read from the library file on first use (lessons, aliases and
 * the stored terms of their evidence: no quote text is analysed again) and then updated per
 * lesson when the change feed says a lesson or one of its quotes changed.
 */
export class LessonModels {
  readonly numbers = new TermNumbers();
  private models: Map<string, LessonModel> | null = null;
  /** Which lessons each evidence quote belongs to, so a changed quote updates just those. */
  private readonly lessonsOfQuote = new Map<string, Set<string>>();

  constructor(
    private readonly db: Db,
    private readonly quoteTerms: QuoteTerms,
  ) {}

  all(): Iterable<LessonModel> {
    return this.load().values();
  }

  get(id: string): LessonModel | undefined {
    return this.load().get(id);
  }

  private load(): Map<string, LessonModel> {
    if (this.models) return this.models;
    const models = new Map<string, LessonModel>();
    const evidence = new Map<string, EvidenceRow[]>();
    for (const row of this.db.prepare(EVIDENCE).all() as EvidenceRow[]) {
      let list = evidence.get(row.lesson_id);
      if (!list) evidence.set(row.lesson_id, (list = []));
      list.push(row);
    }
    for (const row of this.db.prepare(LESSONS).all() as LessonRow[]) models.set(row.id, this.build(row, evidence.get(row.id) ?? []));
    this.models = models;
    return models;
  }

  private build(row: LessonRow, evidenceRows: readonly EvidenceRow[]): LessonModel {
    const aliases = row.aliases ? row.aliases.split('\u001f') : [];
    const phrasings = [row.title, ...aliases].map((text) => ({ text, vector: this.numbers.vector(analyze(text).terms), grams: gramsOf(text) }));
    const relatedWords = JSON.parse(row.related_words) as string[];
    // Related words are part of what the lesson is about, so they count in its description.
    const profile = this.numbers.vector(analyze([row.title, ...aliases, row.summary, ...relatedWords].join('\n')).terms);
    const described = analyze([row.title, ...aliases, row.summary].join('\n')).terms;
    const related = new Map<number, string>();
    for (const word of relatedWords) {
      for (const term of analyze(word).terms.keys()) if (!described.has(term)) related.set(this.numbers.number(term), word);
    }
    const evidence: EvidenceQuote[] = [];
    const postings = new Map<number, { at: number[]; tf: number[] }>();
    for (const e of evidenceRows) {
      const terms = e.terms === null ? (this.quoteTerms.termsOf(e.quote_id) ?? analyze(e.text).terms) : parseTerms(e.terms);
      const vector = this.numbers.vector(terms);
      const at = evidence.length;
      evidence.push({ quoteId: e.quote_id, sourceId: e.source_id, vector });
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i] as number;
        let list = postings.get(id);
        if (!list) postings.set(id, (list = { at: [], tf: [] }));
        list.at.push(at);
        list.tf.push(vector.tf[i] as number);
      }
      let lessons = this.lessonsOfQuote.get(e.quote_id);
      if (!lessons) this.lessonsOfQuote.set(e.quote_id, (lessons = new Set()));
      lessons.add(row.id);
    }
    return { id: row.id, title: row.title, phrasings, profile, related, evidence, postings };
  }

  /** Reads one lesson again (its phrasings and evidence), or drops it when it is gone. */
  private reload(id: string): void {
    const models = this.models;
    if (!models) return;
    const old = models.get(id);
    for (const e of old?.evidence ?? []) this.lessonsOfQuote.get(e.quoteId)?.delete(id);
    const row = this.db.prepare(`${LESSONS} AND l.id = ?`).get(id) as LessonRow | undefined;
    if (!row) {
      models.delete(id);
      return;
    }
    const rows = this.db.prepare(`${EVIDENCE} WHERE e.lesson_id = ?`).all(id) as EvidenceRow[];
    models.set(id, this.build(row, rows));
  }

  /** After a drain: lessons that changed, and the lessons of quotes that changed (before and after). */
  apply(lessonIds: Iterable<string>, quoteIds: Iterable<string>): void {
    if (!this.models) return;
    const affected = new Set(lessonIds);
    const ofQuote = this.db.prepare('SELECT lesson_id FROM evidence WHERE quote_id = ?').pluck();
    for (const quoteId of quoteIds) {
      for (const lessonId of this.lessonsOfQuote.get(quoteId) ?? []) affected.add(lessonId);
      for (const lessonId of ofQuote.all(quoteId) as string[]) affected.add(lessonId);
    }
    for (const id of affected) this.reload(id);
  }

  invalidate(): void {
    this.models = null;
    this.lessonsOfQuote.clear();
  }
}
