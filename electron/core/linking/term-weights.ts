import type { QuoteTerms, TermVector } from './quote-terms';
import type { Vocabulary } from './vocabulary';

/**
 * Inverse document frequencies from the stored counts (held in memory by the vocabulary). The
 * number of quotes is read again, and `epoch` moves so that cached norms are computed again,
 * when it has moved by a tenth: idf changes slowly, and recomputing the norm of every evidence
 * quote per call would not be slow-changing at all.
 */
/** Whether the number of quotes moved enough since weights were last computed (-1: never) to compute them again. */
export function movedEnough(previous: number, now: number): boolean {
  return previous < 0 || Math.abs(now - previous) > Math.max(20, previous * 0.1);
}

export class TermWeights {
  private quotes = -1;
  epoch = 0;

  constructor(
    private readonly quoteTerms: QuoteTerms,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** Call once per request: looks whether the number of quotes moved enough to matter. */
  refresh(): void {
    const n = this.quoteTerms.quoteCount();
    if (movedEnough(this.quotes, n)) {
      this.quotes = n;
      this.epoch++;
    }
  }

  idf(id: number): number {
    return Math.log((this.quotes + 1) / (this.vocabulary.documentFrequency(id) + 1)) + 1;
  }

  /** The idf of a term no quote holds. */
  unseenIdf(): number {
    return Math.log(this.quotes + 1) + 1;
  }

  norm(vector: TermVector): number {
    let sum = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const w = (vector.tf[i] as number) * this.idf(vector.ids[i] as number);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  drop(): void {
    this.quotes = -1;
  }
}
