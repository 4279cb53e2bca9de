/**
 * Quote anchors in the spirit of the W3C Web Annotation selectors: a position plus the exact
 * text with a little context on both sides. When the source text is corrected, the quote is
 * found again by its exact text, preferring the occurrence whose context matches best and
 * that lies nearest to where it was. When the exact text is gone, the quote is "detached":
 * it keeps its last known text and is never silently moved.
 */

export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export function makeAnchor(text: string, start: number, end: number): TextAnchor & { exact: string } {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Characters that agree, counting back from the end of a (prefix) or forward from b's start. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function reanchor(text: string, anchor: TextAnchor, exact: string): TextAnchor | null {
  if (exact.length === 0) return null;
  if (text.slice(anchor.start, anchor.end) === exact) {
    return makeAnchor(text, anchor.start, anchor.end);
  }
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
    const after = text.slice(at + exact.length, at + exact.length + CONTEXT_CHARS);
    const context = commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
    // Context decides; distance from the old position breaks ties.
    const score = context * 1_000_000 - Math.abs(at - anchor.start);
    if (!best || score > best.score) best = { start: at, score };
  }
  if (!best) return null;
  return makeAnchor(text, best.start, best.start + exact.length);
}
