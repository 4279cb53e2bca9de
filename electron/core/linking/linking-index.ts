import { yearOf } from '../../../shared/dates/partial-date';
import { TopK } from '../search/top-k';
import { analyze, distinctGrams, type TextFeatures } from './dutch-text';
import { DenseTermSpace, TermSpace } from './tfidf';

export interface LinkQuote {
  id: string;
  text: string;
  sourceId: string;
  speakerId: string | null;
  dateSaid: string | null;
  lessonIds: readonly string[];
}

export interface LinkLesson {
  id: string;
  title: string;
  aliases: readonly string[];
  summary: string;
}

/** Why a lesson or quote was suggested, in data; the UI words it. */
export type Reason =
  | { kind: 'phrasing'; phrasing: string; words: string[] }
  | { kind: 'shared-words'; words: string[] }
  | { kind: 'evidence-words'; words: string[] };

export interface LessonSuggestion {
  lessonId: string;
  title: string;
  score: number;
  reasons: Reason[];
}

export interface QuoteSuggestion {
  quoteId: string;
  score: number;
  reasons: Reason[];
}

interface Vector {
  stems: Map<string, number>;
  grams: Map<number, number>;
}

/** Only what ranking needs; the features are computed again from the text when it leaves. */
interface QuoteEntry extends LinkQuote {
  number: number;
  weight: number;
  stemNorm: number;
}

interface Phrasing {
  text: string;
  features: TextFeatures;
}

interface Evidence extends Vector {
  count: number;
}

/** How much each view of a lesson counts: its best phrasing, its whole description, its evidence. */
const W = { phrase: 0.3, profile: 0.3, evidence: 0.4 };

const emptyVector = (): Vector => ({ stems: new Map(), grams: new Map() });

function addScaled<K>(target: Map<K, number>, source: ReadonlyMap<K, number>, factor: number): void {
  for (const [term, tf] of source) {
    const next = (target.get(term) ?? 0) + tf * factor;
    if (Math.abs(next) < 1e-9) target.delete(term);
    else target.set(term, next);
  }
}

/**
 * "Eerder gehoord": which lessons a new passage most likely belongs to, and which earlier quotes
 * say something similar. A lesson is known by its title and aliases (its phrasings) and by the
 * quotes already linked to it (its evidence), so suggestions get better as the user links.
 * Similarity is tf-idf cosine, half on Dutch stems and half on character n-grams.
 */
export class LinkingIndex {
  readonly stems = new TermSpace();
  readonly grams = new DenseTermSpace();
  private readonly quotes: (QuoteEntry | null)[] = [];
  private readonly quoteNumbers = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly postings = new Map<string, { quotes: number[]; tf: number[] }>();
  /** Per quote number, the norm of its stem vector: scoring reads this array, not the quote objects. */
  private stemNorms = new Float64Array(1024);
  private readonly lessons = new Map<string, { lesson: LinkLesson; phrasings: Phrasing[]; profile: TextFeatures }>();
  private readonly evidence = new Map<string, Evidence>();
  private normCache = new Map<object, { version: string; stems: number; grams: number }>();

  get quoteCount(): number {
    return this.quoteNumbers.size;
  }

  hasLesson(id: string): boolean {
    return this.lessons.has(id);
  }

  /** Adds or replaces a lesson's phrasings; its evidence (from linked quotes) stays. */
  upsertLesson(lesson: LinkLesson): void {
    this.forgetPhrasings(lesson.id);
    const phrasings = [lesson.title, ...lesson.aliases].map((text) => ({ text, features: analyze(text) }));
    for (const p of phrasings) {
      this.stems.add(p.features.stems.keys());
      this.grams.add(p.features.grams.keys());
    }
    // The whole description: phrasings and summary together, for statements that match its sense.
    const profile = analyze([lesson.title, ...lesson.aliases, lesson.summary].join('\n'));
    this.lessons.set(lesson.id, { lesson, phrasings, profile });
  }

  /** A lesson that is gone (trash) takes its evidence with it. */
  removeLesson(id: string): void {
    this.forgetPhrasings(id);
    this.evidence.delete(id);
  }

  private forgetPhrasings(id: string): void {
    const entry = this.lessons.get(id);
    if (!entry) return;
    for (const p of entry.phrasings) {
      this.stems.remove(p.features.stems.keys());
      this.grams.remove(p.features.grams.keys());
    }
    this.lessons.delete(id);
  }

  upsertQuote(quote: LinkQuote): void {
    this.removeQuote(quote.id);
    // Only quotes linked to a lesson need their n-gram counts (as evidence); the rest only count
    // towards how common each n-gram is.
    const linked = quote.lessonIds.length > 0;
    const features = analyze(quote.text, { grams: linked });
    let size = 0;
    for (const tf of features.stems.values()) size += tf;
    const weight = 1 / Math.sqrt(Math.max(1, size));
    const number = this.free.pop() ?? this.quotes.length;
    this.stems.add(features.stems.keys());
    this.grams.add(linked ? features.grams.keys() : distinctGrams(quote.text));
    const entry: QuoteEntry = { ...quote, number, weight, stemNorm: this.stems.norm(features.stems) };
    if (number >= this.stemNorms.length) {
      const grown = new Float64Array(Math.max(number + 1, this.stemNorms.length * 2));
      grown.set(this.stemNorms);
      this.stemNorms = grown;
    }
    this.stemNorms[number] = entry.stemNorm || 1;
    this.quotes[number] = entry;
    this.quoteNumbers.set(quote.id, number);
    for (const [stem, tf] of features.stems) {
      let list = this.postings.get(stem);
      if (!list) this.postings.set(stem, (list = { quotes: [], tf: [] }));
      list.quotes.push(number);
      list.tf.push(tf);
    }
    for (const lessonId of quote.lessonIds) this.addEvidence(lessonId, features, weight, 1);
  }

  removeQuote(id: string): void {
    const number = this.quoteNumbers.get(id);
    if (number === undefined) return;
    const entry = this.quotes[number];
    if (entry) {
      const linked = entry.lessonIds.length > 0;
      const features = analyze(entry.text, { grams: linked });
      this.stems.remove(features.stems.keys());
      this.grams.remove(linked ? features.grams.keys() : distinctGrams(entry.text));
      for (const stem of features.stems.keys()) {
        const list = this.postings.get(stem);
        if (!list) continue;
        const at = list.quotes.indexOf(number);
        if (at !== -1) {
          list.quotes.splice(at, 1);
          list.tf.splice(at, 1);
        }
        if (list.quotes.length === 0) this.postings.delete(stem);
      }
      for (const lessonId of entry.lessonIds) this.addEvidence(lessonId, features, entry.weight, -1);
    }
    this.quotes[number] = null;
    this.quoteNumbers.delete(id);
    this.free.push(number);
  }

  private addEvidence(lessonId: string, features: TextFeatures, weight: number, sign: 1 | -1): void {
    let evidence = this.evidence.get(lessonId);
    if (!evidence) this.evidence.set(lessonId, (evidence = { ...emptyVector(), count: 0 }));
    addScaled(evidence.stems, features.stems, weight * sign);
    addScaled(evidence.grams, features.grams, weight * sign);
    evidence.count += sign;
    if (evidence.count <= 0) this.evidence.delete(lessonId);
  }

  private norms(vector: Vector): { stems: number; grams: number } {
    const version = `${this.stems.version}:${this.grams.version}`;
    const cached = this.normCache.get(vector);
    if (cached && cached.version === version) return cached;
    const fresh = { version, stems: this.stems.norm(vector.stems), grams: this.grams.norm(vector.grams) };
    if (this.normCache.size > 10_000) this.normCache = new Map();
    this.normCache.set(vector, fresh);
    return fresh;
  }

  private similarity(query: Vector, queryNorms: { stems: number; grams: number }, other: Vector): number {
    const norms = this.norms(other);
    return (
      0.5 * this.stems.cosine(query.stems, queryNorms.stems, other.stems, norms.stems) +
      0.5 * this.grams.cosine(query.grams, queryNorms.grams, other.grams, norms.grams)
    );
  }

  /** The query's words that share a stem with `other`, most telling (rarest) first. */
  private sharedWords(query: TextFeatures, other: ReadonlyMap<string, number>, limit = 4): string[] {
    return [...query.stems.keys()]
      .filter((stem) => (other.get(stem) ?? 0) > 0)
      .sort((a, b) => this.stems.idf(b) - this.stems.idf(a))
      .slice(0, limit)
      .map((stem) => query.words.get(stem) ?? stem);
  }

  suggestLessons(text: string, limit = 5): LessonSuggestion[] {
    const query = analyze(text);
    const queryNorms = { stems: this.stems.norm(query.stems), grams: this.grams.norm(query.grams) };
    const out: LessonSuggestion[] = [];
    for (const { lesson, phrasings, profile } of this.lessons.values()) {
      let best = { score: 0, phrasing: phrasings[0] as Phrasing };
      for (const phrasing of phrasings) {
        const score = this.similarity(query, queryNorms, phrasing.features);
        if (score > best.score) best = { score, phrasing };
      }
      const profileScore = this.similarity(query, queryNorms, profile);
      const evidence = this.evidence.get(lesson.id);
      const evidenceScore = evidence ? this.similarity(query, queryNorms, evidence) : 0;
      const score = evidence ? W.phrase * best.score + W.profile * profileScore + W.evidence * evidenceScore : (best.score + profileScore) / 2;
      if (score <= 0) continue;
      const reasons: Reason[] = [];
      const phrasingWords = this.sharedWords(query, best.phrasing.features.stems);
      if (best.score > 0.08) reasons.push({ kind: 'phrasing', phrasing: best.phrasing.text, words: phrasingWords });
      else if (phrasingWords.length > 0) reasons.push({ kind: 'shared-words', words: phrasingWords });
      if (evidence) {
        const evidenceWords = this.sharedWords(query, evidence.stems).filter((w) => !phrasingWords.includes(w));
        if (evidenceWords.length > 0) reasons.push({ kind: 'evidence-words', words: evidenceWords });
      }
      out.push({ lessonId: lesson.id, title: lesson.title, score: Math.round(score * 1000) / 1000, reasons });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * Earlier quotes that say something similar. The rarest shared stems decide the candidates,
   * so the cost does not grow with common words; the quote itself and its source are skipped,
   * and the same speaker counts for less (the point is to hear it from others).
   */
  similarQuotes(text: string, options: { limit?: number; excludeQuoteId?: string; sourceId?: string; speakerId?: string | null } = {}): QuoteSuggestion[] {
    const limit = options.limit ?? 5;
    const query = analyze(text);
    const total = Math.max(1, this.quoteCount);
    const stems = [...query.stems.entries()]
      .filter(([stem]) => {
        const df = this.postings.get(stem)?.quotes.length ?? 0;
        return df > 0 && df <= Math.max(50, total * 0.2);
      })
      .sort((a, b) => this.stems.idf(b[0]) - this.stems.idf(a[0]))
      .slice(0, 20);
    const queryNorm = this.stems.norm(query.stems);
    if (stems.length === 0 || queryNorm === 0) return [];
    const scores = new Float64Array(this.quotes.length);
    const touched: number[] = [];
    for (const [stem, tf] of stems) {
      const idf = this.stems.idf(stem);
      const list = this.postings.get(stem);
      if (!list) continue;
      for (let i = 0; i < list.quotes.length; i++) {
        const number = list.quotes[i] as number;
        if (scores[number] === 0) touched.push(number);
        scores[number] = (scores[number] ?? 0) + tf * (list.tf[i] ?? 0) * idf * idf;
      }
    }
    // Score from typed arrays only; the quote objects are read for the few best candidates.
    const top = new TopK(limit * 6 + 20);
    const norms = this.stemNorms;
    for (let i = 0; i < touched.length; i++) {
      const number = touched[i] as number;
      top.push(number, (scores[number] ?? 0) / (queryNorm * (norms[number] ?? 1)));
    }
    const candidates = top.drain().flatMap(({ item, score }) => {
      const entry = this.quotes[item];
      if (!entry || entry.id === options.excludeQuoteId || (options.sourceId && entry.sourceId === options.sourceId)) return [];
      // The point is to hear it from others: the same speaker counts for less.
      return [{ item, score: options.speakerId && entry.speakerId === options.speakerId ? score * 0.7 : score }];
    });
    return candidates
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ item, score }) => {
        const entry = this.quotes[item] as QuoteEntry;
        const words = this.sharedWords(query, analyze(entry.text, { grams: false }).stems);
        return { quoteId: entry.id, score: Math.round(Math.min(1, score) * 1000) / 1000, reasons: [{ kind: 'shared-words' as const, words }] };
      });
  }

  /** Years in which a quote was said, for display; undefined when unknown. */
  yearOfQuote(id: string): number | null {
    const number = this.quoteNumbers.get(id);
    const entry = number === undefined ? null : this.quotes[number];
    return entry?.dateSaid ? yearOf(entry.dateSaid) : null;
  }
}
