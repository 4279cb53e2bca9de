/**
 * Document frequencies for one kind of term, kept up to date as documents come and go, and
 * cosine similarity with tf-idf weights. Terms are strings (stems) or interned numbers
 * (n-grams: a library has millions of n-gram occurrences, and numbers are cheap keys).
 */
export class TermSpace<K extends string | number = string> {
  private readonly df = new Map<K, number>();
  documents = 0;
  /** Changes whenever frequencies change, so cached norms know when they are stale. */
  version = 0;

  add(terms: Iterable<K>): void {
    for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.documents++;
    this.version++;
  }

  remove(terms: Iterable<K>): void {
    for (const term of terms) {
      const n = (this.df.get(term) ?? 1) - 1;
      if (n <= 0) this.df.delete(term);
      else this.df.set(term, n);
    }
    this.documents = Math.max(0, this.documents - 1);
    this.version++;
  }

  documentFrequency(term: K): number {
    return this.df.get(term) ?? 0;
  }

  idf(term: K): number {
    return Math.log((this.documents + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  norm(terms: ReadonlyMap<K, number>): number {
    return tfidfNorm(terms, (term) => this.idf(term));
  }

  /** Cosine of two term vectors; `otherNorm` may be cached by the caller. */
  cosine(query: ReadonlyMap<K, number>, queryNorm: number, other: ReadonlyMap<K, number>, otherNorm: number): number {
    return tfidfCosine(query, queryNorm, other, otherNorm, (term) => this.idf(term));
  }
}

function tfidfNorm<K>(terms: ReadonlyMap<K, number>, idf: (term: K) => number): number {
  let sum = 0;
  for (const [term, tf] of terms) {
    const w = tf * idf(term);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

function tfidfCosine<K>(query: ReadonlyMap<K, number>, queryNorm: number, other: ReadonlyMap<K, number>, otherNorm: number, idf: (term: K) => number): number {
  if (queryNorm === 0 || otherNorm === 0) return 0;
  let dot = 0;
  for (const [term, tf] of query) {
    const otherTf = other.get(term);
    if (otherTf === undefined) continue;
    const weight = idf(term);
    dot += tf * otherTf * weight * weight;
  }
  return dot / (queryNorm * otherNorm);
}

/**
 * The same for interned numeric terms (n-grams), with frequencies in a typed array: adding a
 * quote touches ~150 n-grams, and array increments are far cheaper than map updates.
 */
export class DenseTermSpace {
  private df = new Int32Array(1 << 16);
  documents = 0;
  version = 0;

  private ensure(id: number): void {
    if (id < this.df.length) return;
    let size = this.df.length;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.df);
    this.df = grown;
  }

  add(terms: Iterable<number>): void {
    for (const id of terms) {
      this.ensure(id);
      this.df[id] = (this.df[id] ?? 0) + 1;
    }
    this.documents++;
    this.version++;
  }

  remove(terms: Iterable<number>): void {
    for (const id of terms) if (id < this.df.length && (this.df[id] ?? 0) > 0) this.df[id] = (this.df[id] ?? 0) - 1;
    this.documents = Math.max(0, this.documents - 1);
    this.version++;
  }

  idf(id: number): number {
    return Math.log((this.documents + 1) / ((id < this.df.length ? (this.df[id] ?? 0) : 0) + 1)) + 1;
  }

  norm(terms: ReadonlyMap<number, number>): number {
    return tfidfNorm(terms, (id) => this.idf(id));
  }

  cosine(query: ReadonlyMap<number, number>, queryNorm: number, other: ReadonlyMap<number, number>, otherNorm: number): number {
    return tfidfCosine(query, queryNorm, other, otherNorm, (id) => this.idf(id));
  }
}
