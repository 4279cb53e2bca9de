import type { Reason } from '../../../shared/api/search';
import { gramSimilarity, gramsOf, type TextFeatures } from './dutch-text';
import type { LessonModel } from './lesson-models';
import type { TermVector } from './quote-terms';
import type { Vocabulary } from './vocabulary';
import { reasonWords } from './reason-words';
import type { TermWeights } from './term-weights';

/**
 * How much each view of a lesson counts, chosen on the development split only (bench/linking.bench.ts):
 * `phrase` the closest phrasing (title or an alias), `profile` the whole description, `nearest`
 * the most similar linked quote, `grams` the character n-grams shared with the closest phrasing
 * (word forms that stems and prefixes miss). Measured and left out: the mean of the three
 * nearest quotes (a centroid). Version 3, frozen 2026-11-29 before the second scored split.
 */
export const WEIGHTS = { phrase: 0.15, profile: 0.45, nearest: 0.4, grams: 0.3 };
/**
 * The API ranks every lesson that scores at all, up to the limit: leaving out lessons without a
 * shared word (version 2) cost recall on the first scored split. The panel shows the unsure
 * message and folds such a list away instead.
 */
export const LIST_POLICY = { requireReason: false, showFrom: 0.001 };
/** Below this best score the panel says it is unsure. */
export const UNSURE_BELOW = 0.16;

export interface LessonSuggestion {
  lessonId: string;
  title: string;
  score: number;
  reasons: Reason[];
}

export interface SuggestOptions {
  limit: number;
  /** The passage's own quote and source never count as earlier evidence. */
  excludeQuoteId?: string | undefined;
  excludeSourceId?: string | undefined;
  weights?: typeof WEIGHTS;
}

interface Query {
  /** Term number to tf·idf weight; terms never seen in any lesson are left out. */
  weights: Map<number, number>;
  norm: number;
  features: TextFeatures;
  grams: Set<string>;
}

function dot(query: Query, vector: TermVector, weights: TermWeights): number {
  let sum = 0;
  for (let i = 0; i < vector.ids.length; i++) {
    const id = vector.ids[i] as number;
    const q = query.weights.get(id);
    if (q !== undefined) sum += q * (vector.tf[i] as number) * weights.idf(id);
  }
  return sum;
}

/** Norms of lesson vectors, cached per vector until the idf cache is dropped. */
class Norms {
  private cache = new WeakMap<TermVector, { epoch: number; norm: number }>();
  constructor(private readonly weights: TermWeights) {}
  of(vector: TermVector): number {
    const cached = this.cache.get(vector);
    if (cached && cached.epoch === this.weights.epoch) return cached.norm;
    const norm = this.weights.norm(vector);
    this.cache.set(vector, { epoch: this.weights.epoch, norm });
    return norm;
  }
}

function sharedWords(query: Query, numbers: Vocabulary, weights: TermWeights, ids: Iterable<number>): string[] {
  return reasonWords(query.features, numbers, weights, ids);
}

function sharedIds(query: Query, vector: TermVector): number[] {
  const out: number[] = [];
  for (const id of vector.ids) if (query.weights.has(id)) out.push(id);
  return out;
}

export class LessonScorer {
  private readonly norms: Norms;

  constructor(
    private readonly numbers: Vocabulary,
    private readonly weights: TermWeights,
  ) {
    this.norms = new Norms(weights);
  }

  query(features: TextFeatures, text: string, known: ReadonlySet<number>): Query {
    const weights = new Map<number, number>();
    let sum = 0;
    for (const [term, tf] of features.terms) {
      const id = this.numbers.number(term);
      // A term no lesson holds cannot raise any score, but it counts in the norm, with weight 1.
      const isKnown = known.has(id);
      const w = tf * (isKnown ? this.weights.idf(id) : 1);
      sum += w * w;
      if (isKnown) weights.set(id, w);
    }
    return { weights, norm: Math.sqrt(sum), features, grams: gramsOf(text) };
  }

  private cosine(query: Query, vector: TermVector): number {
    const norm = this.norms.of(vector);
    return query.norm === 0 || norm === 0 ? 0 : dot(query, vector, this.weights) / (query.norm * norm);
  }

  private readonly evidenceNormCache = new WeakMap<LessonModel, { epoch: number; norms: Float64Array }>();

  /** The norm of each evidence quote of a lesson, kept until idf moves (see TermWeights). */
  private evidenceNorms(model: LessonModel): Float64Array {
    const cached = this.evidenceNormCache.get(model);
    if (cached?.epoch === this.weights.epoch) return cached.norms;
    const norms = new Float64Array(model.evidence.length);
    model.evidence.forEach((e, i) => (norms[i] = this.weights.norm(e.vector)));
    this.evidenceNormCache.set(model, { epoch: this.weights.epoch, norms });
    return norms;
  }

  /** A scratch array for dot products, reused across lessons and calls. */
  private dots = new Float64Array(1024);

  /**
   * The most similar usable evidence quote, from the lesson's postings: only quotes sharing a
   * term are touched, and their dot products add up in a reused typed array.
   */
  private nearestEvidence(query: Query, model: LessonModel, options: SuggestOptions): { at: number; score: number } | null {
    if (query.norm === 0 || model.evidence.length === 0) return null;
    if (this.dots.length < model.evidence.length) this.dots = new Float64Array(model.evidence.length * 2);
    const dots = this.dots;
    const touched: number[] = [];
    for (const [id, q] of query.weights) {
      const range = model.postings.range(id);
      if (!range) continue;
      const factor = q * this.weights.idf(id);
      const { at: positions, tf } = model.postings;
      for (let i = range[0]; i < range[1]; i++) {
        const at = positions[i] as number;
        if (dots[at] === 0) touched.push(at);
        dots[at] = (dots[at] as number) + factor * (tf[i] as number);
      }
    }
    const norms = this.evidenceNorms(model);
    let best: { at: number; score: number } | null = null;
    for (const at of touched) {
      const d = dots[at] as number;
      dots[at] = 0;
      const e = model.evidence[at];
      if (!e || e.quoteId === options.excludeQuoteId || (options.excludeSourceId !== undefined && e.sourceId === options.excludeSourceId)) continue;
      const norm = norms[at] as number;
      if (norm === 0) continue;
      const score = d / (query.norm * norm);
      if (!best || score > best.score) best = { at, score };
    }
    return best;
  }

  score(query: Query, model: LessonModel, options: SuggestOptions): { score: number; best: number; nearestAt: number | null; parts: Record<keyof typeof WEIGHTS, number> } {
    const w = options.weights ?? WEIGHTS;
    let best = 0;
    let phrase = 0;
    let grams = 0;
    model.phrasings.forEach((p, i) => {
      const s = this.cosine(query, p.terms.vector(this.numbers));
      if (s > phrase) {
        phrase = s;
        best = i;
      }
      if (w.grams > 0) grams = Math.max(grams, gramSimilarity(query.grams, p.grams));
    });
    const profile = this.cosine(query, model.profile.vector(this.numbers));
    const near = this.nearestEvidence(query, model, options);
    const nearest = near?.score ?? 0;
    const parts = { phrase, profile, nearest, grams };
    // A lesson without usable evidence is judged on its description alone, on the same scale.
    const hasEvidence = model.evidence.some((e) => e.quoteId !== options.excludeQuoteId && e.sourceId !== options.excludeSourceId);
    const score = hasEvidence
      ? w.phrase * phrase + w.profile * profile + w.nearest * nearest + w.grams * grams
      : ((w.phrase * phrase + w.profile * profile + w.grams * grams) / (w.phrase + w.profile + w.grams)) * 0.8;
    return { score, best, nearestAt: near?.at ?? null, parts };
  }

  suggest(text: string, features: TextFeatures, models: Iterable<LessonModel>, known: ReadonlySet<number>, options: SuggestOptions, excerpt: (quoteId: string) => string): { lessons: LessonSuggestion[]; unsure: boolean } {
    this.weights.refresh();
    const query = this.query(features, text, known);
    const scored = [];
    for (const model of models) {
      const s = this.score(query, model, options);
      if (s.score > 0) scored.push({ model, ...s });
    }
    scored.sort((a, b) => b.score - a.score);
    const lessons: LessonSuggestion[] = [];
    for (const { model, score, best, nearestAt } of scored) {
      if (lessons.length >= options.limit || score < LIST_POLICY.showFrom) break;
      const reasons = this.reasons(query, model, best, nearestAt, excerpt);
      // A suggestion that cannot say why is not shown.
      if (reasons.length === 0 && LIST_POLICY.requireReason) continue;
      lessons.push({ lessonId: model.id, title: model.title, score: Math.round(score * 1000) / 1000, reasons });
    }
    return { lessons, unsure: (scored[0]?.score ?? 0) < UNSURE_BELOW };
  }

  private reasons(query: Query, model: LessonModel, best: number, nearestAt: number | null, excerpt: (quoteId: string) => string): Reason[] {
    const reasons: Reason[] = [];
    const said = new Set<string>();
    const fresh = (words: string[]) => words.filter((w) => !said.has(w.toLowerCase()));
    const remember = (words: string[]) => words.forEach((w) => said.add(w.toLowerCase()));
    const phrasing = model.phrasings[best];
    if (phrasing) {
      const words = sharedWords(query, this.numbers, this.weights, sharedIds(query, phrasing.terms.vector(this.numbers)));
      if (words.length > 0) {
        reasons.push({ kind: 'phrasing', phrasing: phrasing.text, words });
        remember(words);
      }
    }
    // Terms that come only from the researcher's related words are named as related, not as the same words.
    const profileIds = sharedIds(query, model.profile.vector(this.numbers));
    const described = fresh(sharedWords(query, this.numbers, this.weights, profileIds.filter((id) => !model.related.has(this.numbers.term(id)))));
    if (described.length > 0) {
      reasons.push({ kind: 'shared-words', words: described });
      remember(described);
    }
    const relatedIds = profileIds.filter((id) => model.related.has(this.numbers.term(id)));
    if (relatedIds.length > 0) {
      const words = sharedWords(query, this.numbers, this.weights, relatedIds);
      if (words.length > 0) reasons.push({ kind: 'related-words', words });
    }
    const nearest = nearestAt === null ? undefined : model.evidence[nearestAt];
    if (nearest) {
      const words = sharedWords(query, this.numbers, this.weights, sharedIds(query, nearest.vector));
      if (words.length > 0) reasons.push({ kind: 'nearest-evidence', quoteId: nearest.quoteId, excerpt: excerpt(nearest.quoteId), words });
    }
    return reasons;
  }
}
