import type { TermVector } from './quote-terms';

/** Per-term counts while building, reused: term numbers are dense, so an array beats a map. */
let scratch = new Int32Array(1 << 16);

/**
 * An inverted index over one lesson's evidence, in flat typed arrays (compressed rows): for each
 * term, the evidence positions holding it and its weight there. Built in two passes (count, then
 * fill), so a lesson of thousands of quotes is indexed in about a millisecond and takes a few
 * bytes per posting, not an array object per term. Evidence vectors hold stored (positive) term
 * numbers only.
 */
export class EvidencePostings {
  /** Term number to its slot; postings of slot s are at[starts[s]..ends[s]). */
  private readonly slots = new Map<number, number>();
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly at: Int32Array;
  readonly tf: Float32Array;

  constructor(vectors: readonly TermVector[]) {
    let total = 0;
    let maxId = 0;
    for (const v of vectors) {
      total += v.ids.length;
      for (const id of v.ids) if (id > maxId) maxId = id;
    }
    if (scratch.length <= maxId) scratch = new Int32Array(Math.max(maxId + 1, scratch.length * 2));
    const seen: number[] = [];
    for (const v of vectors) {
      for (const id of v.ids) {
        if (id < 0) continue;
        if (scratch[id] === 0) seen.push(id);
        scratch[id] = (scratch[id] as number) + 1;
      }
    }
    this.at = new Int32Array(total);
    this.tf = new Float32Array(total);
    this.starts = new Int32Array(seen.length);
    this.ends = new Int32Array(seen.length);
    let offset = 0;
    seen.forEach((id, slot) => {
      this.slots.set(id, slot);
      this.starts[slot] = offset;
      this.ends[slot] = offset;
      offset += scratch[id] as number;
      // The count is no longer needed: the slot number takes its place while filling.
      scratch[id] = slot;
    });
    vectors.forEach((v, at) => {
      for (let i = 0; i < v.ids.length; i++) {
        const id = v.ids[i] as number;
        if (id < 0) continue;
        const slot = scratch[id] as number;
        const p = this.ends[slot] as number;
        this.at[p] = at;
        this.tf[p] = v.tf[i] as number;
        this.ends[slot] = p + 1;
      }
    });
    for (const id of seen) scratch[id] = 0;
  }

  /** [start, end) of the term's postings in `at` and `tf`, or null when no evidence holds it. */
  range(id: number): [number, number] | null {
    const slot = this.slots.get(id);
    return slot === undefined ? null : [this.starts[slot] as number, this.ends[slot] as number];
  }

  terms(): Iterable<number> {
    return this.slots.keys();
  }
}
