import type { Reason } from '../../../shared/api/search';
import { gramsOf, type TextFeatures } from './dutch-text';
import type { GramWeights } from './gram-weights';
import type { LessonModel } from './lesson-models';
import type { TermVector } from './quote-terms';
import type { Vocabulary } from './vocabulary';
import { reasonWords } from './reason-words';
import type { TermWeights } from './term-weights';

/**
 * How much each view of a lesson counts (version 4, frozen 2026-11-29 before the third scored
 * split was written; chosen on the development pool: the example library's split and the first
 * two scored splits, which earlier versions had already been measured on). `phrase` is the
 * closest phrasing (title or an alias) and `profile` the whole description, each judged half on
 * stems and half (`grams`) on character n-grams weighted by their rarity in the library;
 * `centroid` is the mean of the lesson's evidence (each linked quote normalised). The nearest
 * linked quote (`nearest`) is measured and named as a reason but does not add to the score: as a
 * part of the score it generalised worse than the centroid.
 */
export const WEIGHTS = { phrase: 0.3, profile: 0.3, nearest: 0, centroid: 0.4, grams: 0.5 };
/**
 * The API ranks every lesson that scores at all, up to the limit: leaving out lessons without a
 * shared word (version 2) cost recall on the first scored split. The panel shows the unsure
 * message and folds such a list away instead.
 */
export const LIST_POLICY = { requireReason: false, showFrom: 0.001 };
/** Below this best score the panel says it is unsure. */
export const UNSURE_BELOW = 0.1;

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
  grams: Map<string, number>;
  gramNorm: number;
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
    private readonly grams: GramWeights,
  ) {
    this.norms = new Norms(weights);
  }

  query(features: TextFeatures, text: string, known: ReadonlySet<number>, skip?: ReadonlySet<string>): Query {
    const weights = new Map<number, number>();
    let sum = 0;
    for (const [term, tf] of features.terms) {
      const id = this.numbers.lookup(term);
      // A term no lesson holds cannot raise any score, but it counts in the norm, with weight 1.
      const isKnown = id !== undefined && known.has(id);
      const w = tf * (isKnown ? this.weights.idf(id) : 1);
      sum += w * w;
      if (isKnown) weights.set(id as number, w);
    }
    const grams = gramsOf(text, skip);
    return { weights, norm: Math.sqrt(sum), features, grams, gramNorm: this.grams.norm(grams) };
  }

  private cosine(query: Query, vector: TermVector): number {
    const norm = this.norms.of(vector);
    return query.norm === 0 || norm === 0 ? 0 : dot(query, vector, this.weights) / (query.norm * norm);
  }

  private readonly gramNorms = new WeakMap<ReadonlyMap<string, number>, { epoch: number; norm: number }>();

  private gramNorm(grams: ReadonlyMap<string, number>): number {
    const cached = this.gramNorms.get(grams);
    if (cached?.epoch === this.grams.epoch) return cached.norm;
    const norm = this.grams.norm(grams);
    this.gramNorms.set(grams, { epoch: this.grams.epoch, norm });
    return norm;
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

  private readonly centroidNorms = new WeakMap<LessonModel, { epoch: number; norm: number }>();

  /** The norm of the sum of the lesson's normalised evidence vectors. */
  private centroidNorm(model: LessonModel, norms: Float64Array): number {
    const cached = this.centroidNorms.get(model);
    if (cached?.epoch === this.weights.epoch) return cached.norm;
    const sum = new Map<number, number>();
    model.evidence.forEach((e, at) => {
      const n = norms[at] as number;
      if (n === 0) return;
      for (let i = 0; i < e.vector.ids.length; i++) {
        const id = e.vector.ids[i] as number;
        sum.set(id, (sum.get(id) ?? 0) + ((e.vector.tf[i] as number) * this.weights.idf(id)) / n);
      }
    });
    let squares = 0;
    for (const v of sum.values()) squares += v * v;
    const norm = Math.sqrt(squares) || 1;
    this.centroidNorms.set(model, { epoch: this.weights.epoch, norm });
    return norm;
  }

  /** A scratch array for dot products, reused across lessons and calls. */
  private dots = new Float64Array(1024);

  /**
   * The most similar usable evidence quote, from the lesson's postings: only quotes sharing a
   * term are touched, and their dot products add up in a reused typed array.
   */
  private nearestEvidence(query: Query, model: LessonModel, options: SuggestOptions): { at: number; score: number; centroid: number } | null {
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
    let best: { at: number; score: number; centroid: number } | null = null;
    // The centroid of the evidence (each quote normalised): its dot product is the sum of the parts.
    let centroidDot = 0;
    for (const at of touched) {
      const d = dots[at] as number;
      dots[at] = 0;
      const e = model.evidence[at];
      if (!e || e.quoteId === options.excludeQuoteId || (options.excludeSourceId !== undefined && e.sourceId === options.excludeSourceId)) continue;
      const norm = norms[at] as number;
      if (norm === 0) continue;
      const score = d / (query.norm * norm);
      centroidDot += d / norm;
      if (!best || score > best.score) best = { at, score, centroid: 0 };
    }
    if (best) best.centroid = centroidDot / (query.norm * this.centroidNorm(model, norms));
    return best;
  }

  score(query: Query, model: LessonModel, options: SuggestOptions): { score: number; best: number; nearestAt: number | null; parts: Record<keyof typeof WEIGHTS, number> } {
    const w = options.weights ?? WEIGHTS;
    // Each text view is judged on stems and on character n-grams (weighted by how rare they are
    // in the library), `w.grams` being the n-grams' share.
    const both = (stems: number, grams: number) => (1 - w.grams) * stems + w.grams * grams;
    let best = 0;
    let phrase = 0;
    model.phrasings.forEach((p, i) => {
      const s = both(this.cosine(query, p.terms.vector(this.numbers)), this.grams.cosine(query.grams, query.gramNorm, p.grams, this.gramNorm(p.grams)));
      if (s > phrase) {
        phrase = s;
        best = i;
      }
    });
    const profile = both(this.cosine(query, model.profile.vector(this.numbers)), this.grams.cosine(query.grams, query.gramNorm, model.profileGrams, this.gramNorm(model.profileGrams)));
    const near = this.nearestEvidence(query, model, options);
    const nearest = near?.score ?? 0;
    const centroid = near?.centroid ?? 0;
    const parts = { phrase, profile, nearest, centroid, grams: 0 };
    // A lesson without usable evidence is judged on its description alone, on the same scale.
    const hasEvidence = model.evidence.some((e) => e.quoteId !== options.excludeQuoteId && e.sourceId !== options.excludeSourceId);
    const score = hasEvidence ? w.phrase * phrase + w.profile * profile + w.nearest * nearest + w.centroid * centroid : ((w.phrase * phrase + w.profile * profile) / (w.phrase + w.profile)) * 0.8;
    return { score, best, nearestAt: near?.at ?? null, parts };
  }

  suggest(text: string, features: TextFeatures, models: Iterable<LessonModel>, known: ReadonlySet<number>, skip: ReadonlySet<string>, options: SuggestOptions, excerpt: (quoteId: string) => string): { lessons: LessonSuggestion[]; unsure: boolean } {
    const query = this.query(features, text, known, skip);
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
