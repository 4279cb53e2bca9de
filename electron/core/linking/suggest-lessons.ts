import type { Reason } from '../../../shared/api/search';
import { gramSimilarity, gramsOf, type TextFeatures } from './dutch-text';
import type { LessonModel, TermNumbers, TermVector } from './lesson-models';
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

function sharedWords(query: Query, numbers: TermNumbers, weights: TermWeights, ids: Iterable<number>): string[] {
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
    private readonly numbers: TermNumbers,
    private readonly weights: TermWeights,
  ) {
    this.norms = new Norms(weights);
  }

  query(features: TextFeatures, text: string): Query {
    const weights = new Map<number, number>();
    let sum = 0;
    for (const [term, tf] of features.terms) {
      const id = this.numbers.known(term);
      // A term no lesson and no evidence holds cannot raise any score, but it counts in the norm.
      const idf = id === undefined ? 1 : this.weights.idf(id);
      const w = tf * idf;
      sum += w * w;
      if (id !== undefined) weights.set(id, w);
    }
    return { weights, norm: Math.sqrt(sum), features, grams: gramsOf(text) };
  }

  private cosine(query: Query, vector: TermVector): number {
    const norm = this.norms.of(vector);
    return query.norm === 0 || norm === 0 ? 0 : dot(query, vector, this.weights) / (query.norm * norm);
  }

  /** Similarity to each usable evidence quote, from the lesson's postings: only quotes sharing a term are touched. */
  private evidenceScores(query: Query, model: LessonModel, options: SuggestOptions): { at: number; score: number }[] {
    const dots = new Map<number, number>();
    for (const [id, q] of query.weights) {
      const list = model.postings.get(id);
      if (!list) continue;
      const idf = this.weights.idf(id);
      for (let i = 0; i < list.at.length; i++) {
        const at = list.at[i] as number;
        dots.set(at, (dots.get(at) ?? 0) + q * (list.tf[i] as number) * idf);
      }
    }
    const out: { at: number; score: number }[] = [];
    for (const [at, d] of dots) {
      const e = model.evidence[at];
      if (!e || e.quoteId === options.excludeQuoteId || (options.excludeSourceId !== undefined && e.sourceId === options.excludeSourceId)) continue;
      const norm = this.norms.of(e.vector);
      if (norm > 0 && query.norm > 0) out.push({ at, score: d / (query.norm * norm) });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  score(query: Query, model: LessonModel, options: SuggestOptions): { score: number; best: number; nearestAt: number | null; parts: Record<keyof typeof WEIGHTS, number> } {
    const w = options.weights ?? WEIGHTS;
    let best = 0;
    let phrase = 0;
    let grams = 0;
    model.phrasings.forEach((p, i) => {
      const s = this.cosine(query, p.vector);
      if (s > phrase) {
        phrase = s;
        best = i;
      }
      if (w.grams > 0) grams = Math.max(grams, gramSimilarity(query.grams, p.grams));
    });
    const profile = this.cosine(query, model.profile);
    const near = this.evidenceScores(query, model, options);
    const nearest = near[0]?.score ?? 0;
    const parts = { phrase, profile, nearest, grams };
    // A lesson without usable evidence is judged on its description alone, on the same scale.
    const hasEvidence = model.evidence.some((e) => e.quoteId !== options.excludeQuoteId && e.sourceId !== options.excludeSourceId);
    const score = hasEvidence
      ? w.phrase * phrase + w.profile * profile + w.nearest * nearest + w.grams * grams
      : ((w.phrase * phrase + w.profile * profile + w.grams * grams) / (w.phrase + w.profile + w.grams)) * 0.8;
    return { score, best, nearestAt: near[0]?.at ?? null, parts };
  }

  suggest(text: string, features: TextFeatures, models: Iterable<LessonModel>, options: SuggestOptions, excerpt: (quoteId: string) => string): { lessons: LessonSuggestion[]; unsure: boolean } {
    const query = this.query(features, text);
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
      const words = sharedWords(query, this.numbers, this.weights, sharedIds(query, phrasing.vector));
      if (words.length > 0) {
        reasons.push({ kind: 'phrasing', phrasing: phrasing.text, words });
        remember(words);
      }
    }
    // Terms that come only from the researcher's related words are named as related, not as the same words.
    const profileIds = sharedIds(query, model.profile);
    const described = fresh(sharedWords(query, this.numbers, this.weights, profileIds.filter((id) => !model.related.has(id))));
    if (described.length > 0) {
      reasons.push({ kind: 'shared-words', words: described });
      remember(described);
    }
    const relatedIds = profileIds.filter((id) => model.related.has(id));
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
