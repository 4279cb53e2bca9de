/**
 * Typo tolerance for the vocabulary scan: edit distances that give up as soon as the
 * allowed number of edits is exceeded, so checking thousands of candidate words stays cheap.
 */

const rowA = new Int32Array(256);
const rowB = new Int32Array(256);
const rowC = new Int32Array(256);

/** Optimal string alignment distance (a swap of two neighbours is one typo), or max + 1. */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m >= 255) return max + 1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m] ?? max + 1, max + 1);
}

/**
 * Smallest number of edits to turn `pattern` into some substring of `text` (Sellers), or max + 1:
 * "samenwrk" inside "buurtsamenwerking" is one edit.
 */
export function boundedSubstringDistance(pattern: string, text: string, max: number): number {
  const n = pattern.length;
  const m = text.length;
  if (n === 0) return 0;
  if (n > 255) return max + 1;
  // Column-wise over the text: D[i] = best distance of pattern[0..i) ending at this text position.
  let prev = rowA;
  let cur = rowB;
  for (let i = 0; i <= n; i++) prev[i] = i;
  let best = prev[n] ?? n;
  for (let j = 1; j <= m; j++) {
    cur[0] = 0;
    const tj = text.charCodeAt(j - 1);
    for (let i = 1; i <= n; i++) {
      const cost = pattern.charCodeAt(i - 1) === tj ? 0 : 1;
      cur[i] = Math.min((prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1, (prev[i - 1] ?? 0) + cost);
    }
    if ((cur[n] ?? n) < best) best = cur[n] ?? n;
    if (best === 0) return 0;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return best <= max ? best : max + 1;
}

/** Typos allowed for a typed word: none up to 3 letters, one for 4–5, two from 6. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}
