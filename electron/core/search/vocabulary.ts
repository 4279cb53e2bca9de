import { allowedTypos, boundedDistance, boundedSubstringDistance } from './fuzzy';

/**
 * Every distinct word of the library (its postings live in SQLite's FTS5 index). Typed words
 * are matched against this vocabulary, not against the texts: a library of 100,000 quotes has
 * far fewer distinct words than words. A trigram index over the vocabulary finds the candidate
 * words for a typed word (also inside compounds) without scanning the whole vocabulary.
 */

export interface WordMatch {
  tokenId: number;
  score: number;
}

/** How good a match is; exact beats prefix beats infix beats typos. */
export const MATCH_SCORES = {
  exact: 1,
  prefix: 0.9,
  infix: 0.7,
  typo1: 0.65,
  prefixTypo1: 0.6,
  typo2: 0.45,
  prefixTypo2: 0.4,
  infixTypo: 0.35,
} as const;

function trigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.slice(i, i + 3));
  return out;
}

/**
 * The vocabulary is held in memory, so it is bounded: only word-like tokens (letters, 2–32 of
 * them) and at most this many. A library of real Dutch texts has a few hundred thousand distinct
 * words; four imported files of random characters had 10.5 million, which would not fit. Words
 * beyond the bound are still found exactly and by their start (FTS5); only typo and compound
 * matching does not reach them.
 */
export const MAX_VOCABULARY = 600_000;
const WORD_LIKE = /^\p{L}{2,32}$/u;

export class Vocabulary {
  readonly tokens: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly trigramIndex = new Map<string, number[]>();
  /** All words by their first letter, for typed prefixes of one or two letters. */
  private readonly shortWords = new Map<string, number[]>();
  private hits = new Int32Array(1024);

  get size(): number {
    return this.tokens.length;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** Whether the vocabulary has reached its bound: further words are not held. */
  get full(): boolean {
    return this.tokens.length >= MAX_VOCABULARY;
  }

  /** The token's number, or undefined when it is not word-like or the vocabulary is full. */
  intern(token: string): number | undefined {
    let id = this.ids.get(token);
    if (id !== undefined) return id;
    if (this.full || !WORD_LIKE.test(token)) return undefined;
    id = this.tokens.length;
    this.ids.set(token, id);
    this.tokens.push(token);
    for (const gram of new Set(trigrams(token))) {
      const list = this.trigramIndex.get(gram);
      if (list) list.push(id);
      else this.trigramIndex.set(gram, [id]);
    }
    const first = token.slice(0, 1);
    const list = this.shortWords.get(first);
    if (list) list.push(id);
    else this.shortWords.set(first, [id]);
    return id;
  }

  /**
   * Words that match a typed word: exact, as a prefix (typing is not finished), inside a
   * compound, or with the typos its length allows. At most `limit`, best first.
   */
  match(typed: string, limit = 3000): WordMatch[] {
    const length = typed.length;
    if (length === 0) return [];
    if (length < 3) return this.matchShort(typed, limit);
    const typos = allowedTypos(length);
    const grams = [...new Set(trigrams(typed))];
    if (this.hits.length < this.tokens.length) this.hits = new Int32Array(this.tokens.length * 2);
    const hits = this.hits;
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.trigramIndex.get(gram) ?? []) {
        if (hits[id] === 0) touched.push(id);
        hits[id] = (hits[id] ?? 0) + 1;
      }
    }
    // A word within k edits of the typed one still shares at least this many of its trigrams.
    const needed = Math.max(1, grams.length - 3 * typos);
    const out: WordMatch[] = [];
    for (const id of touched) {
      const shared = hits[id] ?? 0;
      hits[id] = 0;
      if (shared < needed) continue;
      const score = this.score(typed, this.tokens[id] ?? '', typos, shared, grams.length);
      if (score > 0) out.push({ tokenId: id, score });
    }
    out.sort((a, b) => b.score - a.score || (this.tokens[a.tokenId]?.length ?? 0) - (this.tokens[b.tokenId]?.length ?? 0));
    return out.length > limit ? out.slice(0, limit) : out;
  }

  private score(typed: string, token: string, typos: number, shared: number, grams: number): number {
    const allTrigrams = shared === grams;
    if (token === typed) return MATCH_SCORES.exact;
    if (allTrigrams && token.startsWith(typed)) return MATCH_SCORES.prefix;
    if (allTrigrams && token.includes(typed)) return MATCH_SCORES.infix;
    if (typos === 0) return 0;
    const whole = boundedDistance(typed, token, typos);
    if (whole === 1) return MATCH_SCORES.typo1;
    if (whole === 2) return MATCH_SCORES.typo2;
    if (token.length > typed.length) {
      // Still typing: compare with the start of the word, one letter more or less.
      let prefix = typos + 1;
      for (const cut of [typed.length, typed.length + 1, typed.length - 1]) {
        if (cut > 0 && cut <= token.length) prefix = Math.min(prefix, boundedDistance(typed, token.slice(0, cut), typos));
      }
      if (prefix === 1) return MATCH_SCORES.prefixTypo1;
      if (prefix === 2) return MATCH_SCORES.prefixTypo2;
      // One typo inside a compound leaves at least all but three trigrams intact.
      if (typed.length >= 6 && shared >= grams - 3 && boundedSubstringDistance(typed, token, 1) <= 1) return MATCH_SCORES.infixTypo;
    }
    return 0;
  }

  private matchShort(typed: string, limit: number): WordMatch[] {
    const out: WordMatch[] = [];
    for (const id of this.shortWords.get(typed.slice(0, 1)) ?? []) {
      const token = this.tokens[id] ?? '';
      if (token === typed) out.push({ tokenId: id, score: MATCH_SCORES.exact });
      else if (token.startsWith(typed)) out.push({ tokenId: id, score: MATCH_SCORES.prefix });
    }
    out.sort((a, b) => b.score - a.score || (this.tokens[a.tokenId]?.length ?? 0) - (this.tokens[b.tokenId]?.length ?? 0));
    return out.slice(0, limit);
  }
}
