import type { ItemChange } from '../changes/change-feed';
import type { Db } from '../db/connection';
import { words as wordsOf, normalize } from '../../../shared/text/normalize';
import { analyze } from './dutch-text';
import { discoverLessons } from './discover-lessons';
import { LessonModels } from './lesson-models';
import { QuoteTerms } from './quote-terms';
import { SimilarQuotes, type QuoteSuggestion } from './similar-quotes';
import { LessonScorer, type LessonSuggestion, type SuggestOptions } from './suggest-lessons';
import { GramWeights } from './gram-weights';
import { TermWeights } from './term-weights';
import { Vocabulary } from './vocabulary';
import { type LessonWords, relatedWordCandidates } from './related-candidates';

export interface Suggestions {
  lessons: LessonSuggestion[];
  quotes: QuoteSuggestion[];
  unsure: boolean;
}

export interface SuggestRequest {
  text: string;
  limit: number;
  quoteId?: string | undefined;
  sourceId?: string | undefined;
  speakerId?: string | null | undefined;
  weights?: SuggestOptions['weights'];
}

/** Quotes read per step of the one-time backfill, and how long a step may hold the host. */
const BACKFILL_BATCH = 200;
const STEP_MS = 25;
const EXCERPT_CHARS = 160;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * "Eerder gehoord" for one library. Quote terms and their frequencies live in the library file
 * and follow the change feed (nothing rebuilt at start); lesson models are read from them on
 * first use and updated per lesson when a lesson or its evidence changes.
 */
export class LinkingService {
  readonly quoteTerms: QuoteTerms;
  private readonly vocabulary: Vocabulary;
  private readonly models: LessonModels;
  private readonly weights: TermWeights;
  private readonly gramWeights: GramWeights;
  private readonly scorer: LessonScorer;
  /** Made on first use: a library opened with older migrations (tests) has no search tables. */
  private similar: SimilarQuotes | null = null;
  private names: Set<string> | null = null;

  constructor(private readonly db: Db) {
    this.vocabulary = new Vocabulary(db);
    this.quoteTerms = new QuoteTerms(db, this.vocabulary);
    this.models = new LessonModels(db, this.vocabulary);
    this.weights = new TermWeights(this.quoteTerms, this.vocabulary);
    this.gramWeights = new GramWeights(this.quoteTerms, this.vocabulary);
    this.scorer = new LessonScorer(this.vocabulary, this.weights, this.gramWeights);
  }

  /** Called by the change feed inside its transaction: stored terms first, then the models. */
  apply(changes: readonly ItemChange[]): void {
    const quotes: string[] = [];
    const lessons: string[] = [];
    for (const { kind, id } of changes) {
      if (kind === 'quote') quotes.push(id);
      else if (kind === 'lesson') lessons.push(id);
      else if (kind === 'person') this.names = null;
    }
    if (quotes.length > 0) this.quoteTerms.apply(quotes);
    if (quotes.length > 0 || lessons.length > 0) this.models.apply(lessons, quotes);
  }

  /**
   * Reads the quotes of a library upgraded from a version without stored terms, in steps of
   * ~25 ms so that the host keeps answering. Only once per library: the state is in the file.
   */
  async backfillInBackground(): Promise<void> {
    while (this.db.open && !this.quoteTerms.backfilled()) {
      const deadline = performance.now() + STEP_MS;
      let more = true;
      while (more && performance.now() < deadline) more = this.quoteTerms.backfillStep(BACKFILL_BATCH);
      this.models.invalidate();
      await yieldToRequests();
    }
  }

  /** After start, in the background: the backfill if any, then the vocabulary and every lesson's model, in steps. */
  async warmUp(): Promise<void> {
    await this.backfillInBackground();
    if (!this.db.open) return;
    this.vocabulary.load();
    await yieldToRequests();
    this.gramWeights.refresh();
    await yieldToRequests();
    await this.models.warmUp(yieldToRequests);
  }

  /** Asked before a one-time backfill finished: finish it now, so that answers are complete. */
  private ensureBackfilled(): void {
    while (!this.quoteTerms.backfilled()) this.quoteTerms.backfillStep(5000);
  }

  /** Words of people's names: they say who spoke, not what was learned, so they never match. */
  private nameWords(): Set<string> {
    if (this.names) return this.names;
    const names = new Set<string>();
    for (const name of this.db.prepare('SELECT name FROM people WHERE deleted_at IS NULL').pluck().all() as string[]) {
      for (const word of wordsOf(normalize(name))) if (word.length >= 3) names.add(word);
    }
    this.names = names;
    return names;
  }

  private excerpt(quoteId: string): string {
    const text = (this.db.prepare('SELECT text FROM quotes WHERE id = ?').pluck().get(quoteId) as string | undefined) ?? '';
    return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}…`;
  }

  suggest(request: SuggestRequest): Suggestions {
    this.ensureBackfilled();
    // Weights are looked at once per request, for the lessons and the similar quotes alike.
    this.weights.refresh();
    this.gramWeights.refresh();
    const names = this.nameWords();
    const features = analyze(request.text, { skip: names });
    const { lessons, unsure } = this.scorer.suggest(
      request.text,
      features,
      this.models.all(),
      this.models.knownIds(),
      names,
      { limit: request.limit, excludeQuoteId: request.quoteId, excludeSourceId: request.sourceId, ...(request.weights ? { weights: request.weights } : {}) },
      (id) => this.excerpt(id),
    );
    this.similar ??= new SimilarQuotes(this.db, this.quoteTerms, this.vocabulary, this.weights);
    const quotes = this.similar.find(features, { limit: request.limit, excludeQuoteId: request.quoteId, sourceId: request.sourceId, speakerId: request.speakerId });
    return { lessons, quotes, unsure };
  }

  /** Words of a quote its lesson lacks, to offer as related words (see related-candidates.ts). */
  relatedCandidates(quoteText: string, lesson: LessonWords): string[] {
    this.ensureBackfilled();
    return relatedWordCandidates(this.db, quoteText, lesson, this.nameWords());
  }

  discover(maxGroups: number): ReturnType<typeof discoverLessons> {
    this.ensureBackfilled();
    return discoverLessons(this.db, this.vocabulary, { maxGroups });
  }

  /** Another program wrote the library: models are read again on next use. */
  invalidate(): void {
    this.vocabulary.invalidate();
    this.models.invalidate();
    this.weights.drop();
    this.names = null;
  }
}
