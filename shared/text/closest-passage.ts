import type { TextAnchor } from './anchor';

export interface Passage {
  start: number;
  end: number;
  text: string;
  /** Share of the old passage's words found again, in order of the words (0–1). */
  similarity: number;
}

const wordsOf = (text: string) => text.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The share of `a`'s words that `b` has too (as a multiset): 1 when none was lost. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      kept++;
      counts.set(w, n - 1);
    }
  }
  return kept / Math.max(a.length, b.length);
}

/** Every position where `needle` occurs, nearest to `near` first. */
function occurrences(text: string, needle: string, near: number): number[] {
  if (!needle) return [];
  const out: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && out.length < 50; at = text.indexOf(needle, at + 1)) out.push(at);
  return out.sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
}

/**
 * Where a quote that came loose ("los geraakt") most likely stands in the corrected source: the
 * text between its old context before and after (a word changed inside the passage leaves both
 * intact), else from its old first words to its old last words. Offered to the researcher, never
 * applied on its own; null when nothing is close enough (less than half of the words kept).
 */
export function closestPassage(text: string, anchor: TextAnchor, exact: string): Passage | null {
  const old = wordsOf(exact);
  const candidates: { start: number; end: number }[] = [];
  const prefix = anchor.prefix.slice(-24);
  const suffix = anchor.suffix.slice(0, 24);
  for (const p of occurrences(text, prefix, anchor.start - prefix.length).slice(0, 5)) {
    const start = p + prefix.length;
    const s = suffix ? text.indexOf(suffix, start) : Math.min(text.length, start + exact.length);
    if (s > start && s - start < exact.length * 2 + 200) candidates.push({ start, end: s });
  }
  // The passage's own first and last words, where the context changed instead.
  const spans = [...exact.matchAll(/\S+/g)].map((m) => ({ at: m.index, word: m[0] }));
  const heads = [3, 2].filter((n) => spans.length > n + 1).map((n) => exact.slice(0, (spans[n - 1]?.at ?? 0) + (spans[n - 1]?.word.length ?? 0)));
  const tails = [2, 1].filter((n) => spans.length > n + 1).map((n) => exact.slice(spans[spans.length - n]?.at ?? exact.length));
  for (const head of heads) {
    for (const h of occurrences(text, head, anchor.start).slice(0, 5)) {
      for (const tail of tails) {
        const t = text.indexOf(tail, h + head.length);
        if (t >= 0 && t + tail.length - h < exact.length * 2 + 200) candidates.push({ start: h, end: t + tail.length });
      }
    }
  }
  let best: Passage | null = null;
  for (const c of candidates) {
    const passage = text.slice(c.start, c.end);
    const trimmed = passage.trim();
    const start = c.start + passage.indexOf(trimmed);
    const similarity = overlap(old, wordsOf(trimmed));
    if (!best || similarity > best.similarity) best = { start, end: start + trimmed.length, text: trimmed, similarity };
  }
  return best && best.similarity >= 0.5 ? best : null;
}
