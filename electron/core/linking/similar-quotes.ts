import type { Reason } from '../../../shared/api/search';
import { normalize } from '../../../shared/text/normalize';
import type { Db } from '../db/connection';
import type { TextFeatures } from './dutch-text';
import type { QuoteTerms } from './quote-terms';
import type { Vocabulary } from './vocabulary';
import { reasonWords } from './reason-words';
import type { TermWeights } from './term-weights';
import { cached } from '../db/statement-cache';

export interface QuoteSuggestion {
  quoteId: string;
  score: number;
  reasons: Reason[];
}

export interface SimilarOptions {
  limit: number;
  excludeQuoteId?: string | undefined;
  sourceId?: string | undefined;
  speakerId?: string | null | undefined;
}

/** Rarest query terms asked of the full-text index, and candidates read back for ranking. */
const QUERY_TERMS = 8;
const CANDIDATES = 150;
/** Below this similarity a quote is not "said before"; it only shares a common word. */
const SHOW_FROM = 0.08;

interface CandidateRow {
  item_id: string;
}

interface QuoteRow {
  source_id: string;
  speaker_id: string | null;
}

/**
 * Earlier quotes that say something similar, from the search index already in the library file:
 * SQLite FTS5 finds quotes holding the query's rarest stems (as prefixes, so "experiment" finds
 * "experimenten"), and the stored terms of those candidates rank them by tf-idf cosine. Nothing
 * is held in memory, so this answers at once after start. The quote itself and its source are
 * skipped; the same speaker counts for less (the point is to hear it from others).
 */
export class SimilarQuotes {
  private readonly candidates;
  private readonly quote;

  constructor(
    db: Db,
    private readonly quoteTerms: QuoteTerms,
    private readonly numbers: Vocabulary,
    private readonly weights: TermWeights,
  ) {
    this.candidates = db.prepare(
      `SELECT d.item_id FROM search_fts f JOIN search_docs d ON d.doc = f.rowid
       WHERE search_fts MATCH ? AND d.kind = 'quote' ORDER BY f.rank LIMIT ${CANDIDATES}`,
    );
    this.quote = cached(db, 'SELECT source_id, speaker_id FROM quotes WHERE id = ? AND deleted_at IS NULL');
  }

  private ftsQuery(features: TextFeatures): string | null {
    const prefixes: { prefix: string; df: number }[] = [];
    for (const term of features.terms.keys()) {
      // Prefix terms ("^experi") are too broad to find candidates with.
      if (term.startsWith('^')) continue;
      // A stem after conflation may differ from its word ("jar" for "jaren"): ask FTS5 for the
      // part both share, when that is long enough to mean something.
      const word = normalize(features.words.get(term) ?? term);
      let n = 0;
      while (n < term.length && n < word.length && term[n] === word[n]) n++;
      if (n < 4) continue;
      const id = this.numbers.lookup(term);
      const df = id === undefined ? 0 : this.numbers.documentFrequency(id);
      if (df > 0) prefixes.push({ prefix: word.slice(0, n), df });
    }
    const ranked = prefixes.sort((a, b) => a.df - b.df).slice(0, QUERY_TERMS);
    if (ranked.length === 0) return null;
    return [...new Set(ranked.map(({ prefix }) => `"${prefix.replace(/"/g, '')}"*`))].join(' OR ');
  }

  find(features: TextFeatures, options: SimilarOptions): QuoteSuggestion[] {
    const match = this.ftsQuery(features);
    if (!match) return [];
    const query = new Map<number, number>();
    let sum = 0;
    for (const [term, tf] of features.terms) {
      // A term with no number is in no quote: it weighs in the norm but matches nothing.
      const id = this.numbers.lookup(term);
      const w = tf * (id === undefined ? this.weights.unseenIdf() : this.weights.idf(id));
      if (id !== undefined) query.set(id, w);
      sum += w * w;
    }
    const queryNorm = Math.sqrt(sum);
    const scored: { quoteId: string; score: number; shared: number[] }[] = [];
    for (const { item_id: quoteId } of this.candidates.all(match) as CandidateRow[]) {
      if (quoteId === options.excludeQuoteId) continue;
      const row = this.quote.get(quoteId) as QuoteRow | undefined;
      if (!row || (options.sourceId !== undefined && row.source_id === options.sourceId)) continue;
      const vector = this.quoteTerms.vectorOf(quoteId);
      if (!vector) continue;
      let dot = 0;
      let norm = 0;
      const shared: number[] = [];
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i] as number;
        const w = (vector.tf[i] as number) * this.weights.idf(id);
        norm += w * w;
        const q = query.get(id);
        if (q !== undefined) {
          dot += q * w;
          shared.push(id);
        }
      }
      if (dot === 0 || norm === 0) continue;
      let score = dot / (queryNorm * Math.sqrt(norm));
      if (options.speakerId && row.speaker_id === options.speakerId) score *= 0.7;
      if (score >= SHOW_FROM) scored.push({ quoteId, score, shared });
    }
    return scored
      .sort((a, b) => b.score - a.score)
      .slice(0, options.limit)
      .map(({ quoteId, score, shared }) => ({
        quoteId,
        score: Math.round(Math.min(1, score) * 1000) / 1000,
        reasons: [{ kind: 'shared-words' as const, words: reasonWords(features, this.numbers, this.weights, shared) }],
      }));
  }
}
