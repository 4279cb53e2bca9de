/**
 * The k best of many scored items without sorting them all: a min-heap of size k.
 * Search can match most of a 100,000-quote library for a common word; only the best few
 * hundred go on to ranking.
 */
export class TopK {
  private readonly items: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(private readonly k: number) {
    this.items = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  get size(): number {
    return this.count;
  }

  push(item: number, score: number): void {
    if (this.count < this.k) {
      let i = this.count++;
      this.items[i] = item;
      this.scores[i] = score;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((this.scores[parent] ?? 0) <= score) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (score <= (this.scores[0] ?? 0)) return;
    this.items[0] = item;
    this.scores[0] = score;
    this.siftDown(0);
  }

  /** Best first. */
  drain(): { item: number; score: number }[] {
    const out: { item: number; score: number }[] = [];
    for (let i = 0; i < this.count; i++) out.push({ item: this.items[i] ?? 0, score: this.scores[i] ?? 0 });
    this.count = 0;
    return out.sort((a, b) => b.score - a.score || a.item - b.item);
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.count && (this.scores[left] ?? 0) < (this.scores[smallest] ?? 0)) smallest = left;
      if (right < this.count && (this.scores[right] ?? 0) < (this.scores[smallest] ?? 0)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const item = this.items[a] ?? 0;
    const score = this.scores[a] ?? 0;
    this.items[a] = this.items[b] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.items[b] = item;
    this.scores[b] = score;
  }
}
