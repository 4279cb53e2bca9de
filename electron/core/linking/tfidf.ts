/**
 * Document frequencies for one kind of term (stems or n-grams), kept up to date as documents
 * come and go, and cosine similarity with tf-idf weights.
 */
export class TermSpace {
  private readonly df = new Map<string, number>();
  documents = 0;
  /** Changes whenever frequencies change, so cached norms know when they are stale. */
  version = 0;

  add(terms: ReadonlyMap<string, number>): void {
    for (const term of terms.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.documents++;
    this.version++;
  }

  remove(terms: ReadonlyMap<string, number>): void {
    for (const term of terms.keys()) {
      const n = (this.df.get(term) ?? 1) - 1;
      if (n <= 0) this.df.delete(term);
      else this.df.set(term, n);
    }
    this.documents = Math.max(0, this.documents - 1);
    this.version++;
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  idf(term: string): number {
    return Math.log((this.documents + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  norm(terms: ReadonlyMap<string, number>): number {
    let sum = 0;
    for (const [term, tf] of terms) {
      const w = tf * this.idf(term);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  /** Cosine of two term vectors; `otherNorm` may be cached by the caller. */
  cosine(query: ReadonlyMap<string, number>, queryNorm: number, other: ReadonlyMap<string, number>, otherNorm: number): number {
    if (queryNorm === 0 || otherNorm === 0) return 0;
    let dot = 0;
    for (const [term, tf] of query) {
      const otherTf = other.get(term);
      if (otherTf === undefined) continue;
      const idf = this.idf(term);
      dot += tf * otherTf * idf * idf;
    }
    return dot / (queryNorm * otherNorm);
  }
}
