import type { TermNumbers, TermVector } from './lesson-models';
import type { QuoteTerms } from './quote-terms';

/**
 * Inverse document frequencies from the stored counts, cached per term number. The cache is
 * dropped when the number of quotes has moved by a tenth since it was filled: idf changes
 * slowly, and reading it again for every term of every evidence quote per call would not.
 */
export class TermWeights {
  private idfs = new Map<number, number>();
  private filledAt = -1;
  /** Changes when the cache is dropped, so norms computed from it know they are stale. */
  epoch = 0;

  constructor(
    private readonly quoteTerms: QuoteTerms,
    private readonly numbers: TermNumbers,
  ) {}

  private fresh(): void {
    const n = this.quoteTerms.quoteCount();
    if (this.filledAt < 0 || Math.abs(n - this.filledAt) > Math.max(20, this.filledAt * 0.1)) {
      this.idfs = new Map();
      this.filledAt = n;
      this.epoch++;
    }
  }

  idf(id: number): number {
    this.fresh();
    let idf = this.idfs.get(id);
    if (idf === undefined) {
      const df = this.quoteTerms.documentFrequency(this.numbers.term(id));
      idf = Math.log((this.filledAt + 1) / (df + 1)) + 1;
      this.idfs.set(id, idf);
    }
    return idf;
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
    this.filledAt = -1;
  }
}
