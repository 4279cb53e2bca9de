import Fuse from 'fuse.js';
import type { ItemKind } from '../../../shared/api/items';
import { normalize, words } from '../../../shared/text/normalize';
import { TopK } from './top-k';
import { Vocabulary, type WordMatch } from './vocabulary';

/** What the index knows of an item: its text, and the facts that filters ask about. */
export interface SearchDoc {
  kind: ItemKind;
  id: string;
  title: string;
  body: string;
  date: string | null;
  tagIds: readonly string[];
  personIds: readonly string[];
  lessonIds: readonly string[];
}

interface StoredDoc extends SearchDoc {
  normTitle: string;
  tokenIds: number[];
}

export interface SearchQuery {
  text: string;
  kinds?: readonly ItemKind[] | undefined;
  tagIds?: readonly string[] | undefined;
  personId?: string | undefined;
  lessonId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  /** Results per kind. */
  limit?: number | undefined;
}

export interface SearchHit {
  kind: ItemKind;
  id: string;
  title: string;
  snippet: string;
  titleRanges: [number, number][];
  snippetRanges: [number, number][];
  date: string | null;
  score: number;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matches per kind before the per-kind limit. */
  counts: Partial<Record<ItemKind, number>>;
}

const CANDIDATES = 200;

function hasFilters(q: SearchQuery): boolean {
  return Boolean((q.kinds && q.kinds.length > 0) || q.personId || q.lessonId || (q.tagIds && q.tagIds.length > 0) || q.dateFrom || q.dateTo);
}
const MAX_WORDS = 8;
const SNIPPET_CHARS = 240;
/** Words in original (not normalised) text; marks belong to their word in decomposed text. */
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The search index. Recall: each typed word is matched against the vocabulary (exact, prefix,
 * inside compounds, typos) and the documents of the matching words are scored, so only a few
 * hundred candidates remain whatever the library's size. Ranking: fuse.js orders those
 * candidates on their normalised title and text. Adding, changing and removing one document
 * touches only that document's words; nothing is rebuilt.
 */
export class SearchIndex {
  private readonly docs: (StoredDoc | null)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly free: number[] = [];
  readonly vocabulary = new Vocabulary();

  get size(): number {
    return this.byKey.size;
  }

  has(kind: ItemKind, id: string): boolean {
    return this.byKey.has(`${kind}:${id}`);
  }

  upsert(doc: SearchDoc): void {
    const key = `${doc.kind}:${doc.id}`;
    const existing = this.byKey.get(key);
    const number = existing ?? this.free.pop() ?? this.docs.length;
    if (existing !== undefined) this.unlink(existing);
    const normTitle = normalize(doc.title);
    const normBody = normalize(doc.body);
    const tokenIds = [...new Set([...words(normTitle), ...words(normBody)])].map((t) => this.vocabulary.intern(t));
    for (const tokenId of tokenIds) this.vocabulary.addPosting(tokenId, number);
    this.docs[number] = { ...doc, normTitle, tokenIds };
    this.byKey.set(key, number);
  }

  remove(kind: ItemKind, id: string): void {
    const key = `${kind}:${id}`;
    const number = this.byKey.get(key);
    if (number === undefined) return;
    this.unlink(number);
    this.docs[number] = null;
    this.byKey.delete(key);
    this.free.push(number);
  }

  private unlink(number: number): void {
    for (const tokenId of this.docs[number]?.tokenIds ?? []) this.vocabulary.removePosting(tokenId, number);
  }

  private passes(doc: StoredDoc, q: SearchQuery): boolean {
    if (q.kinds && q.kinds.length > 0 && !q.kinds.includes(doc.kind)) return false;
    if (q.personId && !doc.personIds.includes(q.personId)) return false;
    if (q.lessonId && !doc.lessonIds.includes(q.lessonId)) return false;
    if (q.tagIds && q.tagIds.length > 0 && !q.tagIds.some((t) => doc.tagIds.includes(t))) return false;
    if (q.dateFrom && (!doc.date || doc.date < q.dateFrom)) return false;
    // "2010" as the end includes everything in 2010: compare with a string just after it.
    if (q.dateTo && (!doc.date || doc.date > `${q.dateTo}\uffff`)) return false;
    return true;
  }

  search(query: SearchQuery): SearchResults {
    const normQuery = normalize(query.text).trim();
    const typed = words(normQuery).slice(0, MAX_WORDS);
    if (typed.length === 0) return { hits: [], counts: {} };
    const candidates = typed.length === 1 && (typed[0]?.length ?? 0) < 3 ? this.recallTitles(typed[0] ?? '', query) : this.recall(typed, query);
    return this.rank(normQuery, candidates, query);
  }

  /** One or two letters: titles and names only, by prefix. */
  private recallTitles(prefix: string, query: SearchQuery): { doc: number; score: number; tokens: Set<number> }[] {
    const out: { doc: number; score: number; tokens: Set<number> }[] = [];
    const matched = new Set(this.vocabulary.match(prefix).map((m) => m.tokenId));
    this.docs.forEach((doc, number) => {
      if (!doc || !doc.normTitle || !this.passes(doc, query)) return;
      const titleWords = words(doc.normTitle);
      if (titleWords.some((w) => w.startsWith(prefix))) out.push({ doc: number, score: titleWords[0]?.startsWith(prefix) ? 1 : 0.8, tokens: matched });
    });
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, CANDIDATES);
  }

  private recall(typed: string[], query: SearchQuery): { doc: number; score: number; tokens: Set<number> }[] {
    const n = this.docs.length;
    const perWord: Float32Array[] = typed.map(() => new Float32Array(n));
    const seen = new Uint8Array(n);
    const touched: number[] = [];
    const matchedTokens = new Set<number>();
    const credit = (best: Float32Array, matches: WordMatch[]) => {
      for (const { tokenId, score } of matches) {
        matchedTokens.add(tokenId);
        for (const doc of this.vocabulary.postings[tokenId] ?? []) {
          if ((best[doc] ?? 0) < score) best[doc] = score;
          if (seen[doc] === 0) {
            seen[doc] = 1;
            touched.push(doc);
          }
        }
      }
    };
    typed.forEach((word, i) => credit(perWord[i] as Float32Array, this.vocabulary.match(word)));
    // "lange termijn" also finds "langetermijnvisie": a joined pair credits both words.
    for (let i = 0; i + 1 < typed.length; i++) {
      const a = perWord[i] as Float32Array;
      const b = perWord[i + 1] as Float32Array;
      for (const { tokenId, score } of this.vocabulary.match(`${typed[i]}${typed[i + 1]}`, 500)) {
        matchedTokens.add(tokenId);
        for (const doc of this.vocabulary.postings[tokenId] ?? []) {
          if ((a[doc] ?? 0) < score) a[doc] = score;
          if ((b[doc] ?? 0) < score) b[doc] = score;
          if (seen[doc] === 0) {
            seen[doc] = 1;
            touched.push(doc);
          }
        }
      }
    }
    const full = new TopK(CANDIDATES);
    const partial = new TopK(CANDIDATES);
    const filtered = hasFilters(query);
    const words = perWord.length;
    for (let t = 0; t < touched.length; t++) {
      const doc = touched[t] as number;
      let total = 0;
      let count = 0;
      for (let w = 0; w < words; w++) {
        const s = (perWord[w] as Float32Array)[doc] as number;
        if (s > 0) {
          total += s;
          count++;
        }
      }
      if (filtered) {
        const stored = this.docs[doc];
        if (!stored || !this.passes(stored, query)) continue;
      }
      // Equal scores go to the older item, whichever word matched: the candidates then show a
      // mix of the words that complete what is typed, not only the shortest completion.
      const older = doc * 1e-9;
      if (count === words) full.push(doc, total / words - older);
      else if (words > 1 && count === words - 1) partial.push(doc, (total / words) * 0.5 - older);
    }
    const out = full.drain().map(({ item, score }) => ({ doc: item, score, tokens: matchedTokens }));
    if (out.length >= 20) return out;
    return [...out, ...partial.drain().map(({ item, score }) => ({ doc: item, score, tokens: matchedTokens }))].slice(0, CANDIDATES);
  }

  private rank(normQuery: string, candidates: { doc: number; score: number; tokens: Set<number> }[], query: SearchQuery): SearchResults {
    const items = candidates.map((c) => {
      const doc = this.docs[c.doc] as StoredDoc;
      const window = this.snippetWindow(doc.body, c.tokens);
      return { candidate: c, doc, window, normSnippet: normalize(doc.body.slice(window[0], window[1])) };
    });
    const fuse = new Fuse(items, {
      keys: [
        { name: 'title', weight: 2, getFn: (item) => item.doc.normTitle },
        { name: 'snippet', weight: 1, getFn: (item) => item.normSnippet },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.6,
    });
    const fuseScore = new Map<number, number>();
    for (const result of fuse.search(normQuery)) fuseScore.set(result.refIndex, result.score ?? 1);
    const ranked = items
      .map((item, index) => ({ item, score: 0.6 * (1 - (fuseScore.get(index) ?? 1)) + 0.4 * item.candidate.score }))
      .sort((a, b) => b.score - a.score);

    const limit = query.limit ?? 10;
    const counts: Partial<Record<ItemKind, number>> = {};
    const hits: SearchHit[] = [];
    for (const { item, score } of ranked) {
      const kind = item.doc.kind;
      counts[kind] = (counts[kind] ?? 0) + 1;
      if ((counts[kind] ?? 0) > limit) continue;
      hits.push(this.toHit(item.doc, item.window, item.candidate.tokens, score));
    }
    return { hits, counts };
  }

  private isMatchedWord(originalWord: string, matched: Set<number>): boolean {
    for (const token of words(normalize(originalWord))) {
      const id = this.vocabulary.idOf(token);
      if (id !== undefined && matched.has(id)) return true;
    }
    return false;
  }

  /** A window of the original text around the first matched word, so long sources show why they matched. */
  private snippetWindow(body: string, matched: Set<number>): [number, number] {
    if (body.length <= SNIPPET_CHARS) return [0, body.length];
    let first = -1;
    for (const match of body.matchAll(ORIGINAL_WORD)) {
      if (this.isMatchedWord(match[0], matched)) {
        first = match.index;
        break;
      }
    }
    if (first === -1) return [0, SNIPPET_CHARS];
    // Start at a word boundary shortly before the match.
    let start = Math.max(0, first - 60);
    while (start > 0 && start < first && /[\p{L}\p{N}]/u.test(body[start - 1] ?? '')) start++;
    return [start, Math.min(body.length, start + SNIPPET_CHARS)];
  }

  private highlightRanges(text: string, matched: Set<number>): [number, number][] {
    const ranges: [number, number][] = [];
    for (const match of text.matchAll(ORIGINAL_WORD)) {
      if (this.isMatchedWord(match[0], matched)) ranges.push([match.index, match.index + match[0].length]);
    }
    return ranges;
  }

  private toHit(doc: StoredDoc, window: [number, number], matched: Set<number>, score: number): SearchHit {
    const lead = window[0] > 0 ? '…' : '';
    const snippet = lead + doc.body.slice(window[0], window[1]) + (window[1] < doc.body.length ? '…' : '');
    return {
      kind: doc.kind,
      id: doc.id,
      title: doc.title,
      snippet,
      titleRanges: this.highlightRanges(doc.title, matched),
      snippetRanges: this.highlightRanges(snippet, matched),
      date: doc.date,
      score: Math.round(score * 1000) / 1000,
    };
  }
}
