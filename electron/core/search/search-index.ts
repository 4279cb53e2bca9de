import Fuse from 'fuse.js';
import type { ItemKind } from '../../../shared/api/items';
import { normalize, words } from '../../../shared/text/normalize';
import type { Db } from '../db/connection';
import { type DocRow, type Filter, SearchStore } from './search-store';
import type { SearchDoc, SearchHit, SearchQuery, SearchResults } from './search-types';
import { MATCH_SCORES, Vocabulary } from './vocabulary';

export type { SearchDoc, SearchHit, SearchQuery, SearchResults } from './search-types';

const CANDIDATES = 200;
/** Title matches (names, lessons, sources) taken before texts, so quotes cannot crowd them out. */
const TITLE_CANDIDATES = 50;
/** Below this many candidates, documents with all typed words but one are added. */
const FEW = 20;
/** Typo and compound words per typed word; the best of them by match quality and length. */
const LOOSE_TERMS = 150;
const MAX_WORDS = 8;
const SNIPPET_CHARS = 240;
/** Words in original (not normalised) text; marks belong to their word in decomposed text. */
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Which words of a text count as matched, for snippets and highlights. */
class Matcher {
  /** Typed words and joined pairs, matched as a word or its start. */
  readonly prefixes: string[];
  /** Words from the vocabulary matched with typos or inside compounds. */
  readonly terms = new Set<string>();

  constructor(typed: readonly string[]) {
    this.prefixes = [...typed];
    for (let i = 0; i + 1 < typed.length; i++) this.prefixes.push(`${typed[i]}${typed[i + 1]}`);
  }

  matches(originalWord: string): boolean {
    return words(normalize(originalWord)).some((token) => this.terms.has(token) || this.prefixes.some((p) => token.startsWith(p)));
  }
}

interface Candidate {
  doc: number;
  score: number;
}

/** Reads the whole text of a long item (a source) for the few hits that show a snippet of it. */
export type BodyReader = (kind: ItemKind, id: string) => string | null;

/**
 * The search index, kept in the library file. Recall: each typed word is matched against the
 * vocabulary (exact, prefix, inside compounds, typos); FTS5 gives the documents of the matching
 * words, scored by the best match per typed word, so only a few hundred candidates remain
 * whatever the library's size. Ranking: fuse.js orders those candidates on their normalised
 * title and text. Only the vocabulary is held in memory, and it is read incrementally: a
 * program that opens a library of 100,000 quotes builds nothing.
 */
export class SearchIndex {
  readonly vocabulary = new Vocabulary();
  private readonly store: SearchStore;
  private lastTermId = 0;
  private vocabularyRead = false;

  constructor(
    db: Db,
    private readonly readBody: BodyReader = () => null,
  ) {
    this.store = new SearchStore(db);
  }

  upsert(doc: SearchDoc): void {
    // Read once; after that a word another program added meanwhile looks new here, which costs
    // one INSERT OR IGNORE, not a query per document on the catch-up path.
    if (!this.vocabularyRead) this.refreshVocabulary(25);
    // New words join the vocabulary at once; `refreshVocabulary` meets them again by id later.
    for (const term of this.store.upsert(doc, (t) => this.vocabulary.idOf(t) !== undefined)) this.vocabulary.intern(term);
  }

  remove(kind: ItemKind, id: string): void {
    this.store.remove(kind, id);
  }

  /**
   * Reads the vocabulary after start, while the window loads, in steps of ~25 ms between
   * requests: a library of ten million distinct tokens (random text imported) must not hold
   * the host for seconds. Until it is done, searches use the words read so far.
   */
  async warmUp(yieldToRequests: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<void> {
    while (!this.refreshVocabulary(25)) await yieldToRequests();
  }

  /**
   * Words added since the last look, by this program or another, read in batches until done or
   * until `budgetMs` has passed; returns whether all were read.
   */
  private refreshVocabulary(budgetMs = Number.POSITIVE_INFINITY): boolean {
    this.vocabularyRead = true;
    const deadline = performance.now() + budgetMs;
    for (;;) {
      if (this.vocabulary.full) {
        // Full: the rest is not read (see MAX_VOCABULARY).
        this.lastTermId = this.store.lastTermId();
        return true;
      }
      const batch = this.store.termsSince(this.lastTermId, 2000);
      for (const [id, term] of batch) {
        this.vocabulary.intern(term);
        this.lastTermId = id;
      }
      if (batch.length < 2000) return true;
      if (performance.now() > deadline) return false;
    }
  }

  search(query: SearchQuery): SearchResults {
    // Words another program added meanwhile; a vocabulary still being read at start is not
    // finished here (the warm-up does that in steps), so a keystroke never waits seconds.
    this.refreshVocabulary(50);
    const normQuery = normalize(query.text).trim();
    const typed = words(normQuery).slice(0, MAX_WORDS);
    if (typed.length === 0) return { hits: [], counts: {} };
    const filter = SearchStore.filter(query);
    const matcher = new Matcher(typed);
    const candidates = typed.length === 1 && (typed[0]?.length ?? 0) < 3 ? this.recallTitles(typed[0] ?? '', filter) : this.recall(typed, filter, matcher);
    return this.rank(normQuery, candidates, matcher, query.limit ?? 10);
  }

  /** One or two letters: titles and names only, by prefix. */
  private recallTitles(prefix: string, filter: Filter): Candidate[] {
    const out: Candidate[] = [];
    for (const [doc, title] of this.store.titled(filter)) {
      const titleWords = words(title);
      if (titleWords.some((w) => w.startsWith(prefix))) out.push({ doc, score: titleWords[0]?.startsWith(prefix) ? 1 : 0.8 });
    }
    out.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return out.slice(0, CANDIDATES);
  }

  /**
   * Candidates in tiers, each an FTS5 query that stops after enough documents (oldest first):
   * titles with every typed word, then texts with every typed word as a word or its start,
   * then with typos and inside compounds, then (when little was found) all words but one.
   * "lange termijn" also finds "langetermijnvisie": a joined pair stands for both words.
   */
  private recall(typed: string[], filter: Filter, matcher: Matcher): Candidate[] {
    const strict = typed.map((word, i) => {
      const group = [`"${word}"*`];
      if (i + 1 < typed.length) group.push(`"${word}${typed[i + 1]}"*`);
      if (i > 0) group.push(`"${typed[i - 1]}${word}"*`);
      return group;
    });
    const loose = typed.map((word, i) => {
      const extra = word.length < 3 ? [] : this.vocabulary.match(word, LOOSE_TERMS * 4).filter((m) => m.score < MATCH_SCORES.prefix).slice(0, LOOSE_TERMS);
      const terms = extra.map((m) => this.vocabulary.tokens[m.tokenId] ?? '').filter(Boolean);
      for (const term of terms) matcher.terms.add(term);
      return [...(strict[i] ?? []), ...terms.map((t) => `"${t}"`)];
    });
    const all = (groups: string[][]) => groups.map((g) => `(${g.join(' OR ')})`).join(' AND ');
    const found = new Map<number, number>();
    const take = (expression: string, limit: number, score: number) => {
      for (const doc of this.store.docsMatching(expression, limit, filter)) if (!found.has(doc)) found.set(doc, score);
    };
    take(`title : (${all(strict)})`, TITLE_CANDIDATES, 1);
    take(all(strict), CANDIDATES, 0.9);
    const widened = loose.some((g, i) => g.length > (strict[i]?.length ?? 0));
    if (found.size < CANDIDATES && widened) take(all(loose), CANDIDATES, 0.6);
    if (found.size < FEW && typed.length > 1) {
      for (let skip = 0; skip < typed.length; skip++) take(all(loose.filter((_, i) => i !== skip)), FEW, 0.3);
    }
    return [...found].map(([doc, score]) => ({ doc, score }));
  }

  private rank(normQuery: string, candidates: Candidate[], matcher: Matcher, limit: number): SearchResults {
    const items = candidates.flatMap((candidate) => {
      const row = this.store.row(candidate.doc);
      if (!row) return [];
      const body = row.short_body ?? '';
      const window = this.snippetWindow(body, matcher);
      return [{ candidate, row, body, window, normSnippet: normalize(body.slice(window[0], window[1])) }];
    });
    const fuse = new Fuse(items, {
      keys: [
        { name: 'title', weight: 2, getFn: (item) => item.row.norm_title },
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

    const counts: Partial<Record<ItemKind, number>> = {};
    const hits: SearchHit[] = [];
    for (const { item, score } of ranked) {
      const kind = item.row.kind;
      counts[kind] = (counts[kind] ?? 0) + 1;
      if ((counts[kind] ?? 0) > limit) continue;
      hits.push(this.toHit(item.row, item.body, item.window, matcher, score));
    }
    return { hits, counts };
  }


  /** A window of the original text around the first matched word, so long texts show why they matched. */
  private snippetWindow(body: string, matcher: Matcher): [number, number] {
    if (body.length <= SNIPPET_CHARS) return [0, body.length];
    let first = -1;
    for (const match of body.matchAll(ORIGINAL_WORD)) {
      if (matcher.matches(match[0])) {
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

  private highlightRanges(text: string, matcher: Matcher): [number, number][] {
    const ranges: [number, number][] = [];
    for (const match of text.matchAll(ORIGINAL_WORD)) {
      if (matcher.matches(match[0])) ranges.push([match.index, match.index + match[0].length]);
    }
    return ranges;
  }

  private toHit(row: DocRow, shortBody: string, shortWindow: [number, number], matcher: Matcher, score: number): SearchHit {
    // Long texts are not kept beside the index: read the whole text for the hits shown only.
    const body = row.short_body === null ? (this.readBody(row.kind, row.item_id) ?? '') : shortBody;
    const window = row.short_body === null ? this.snippetWindow(body, matcher) : shortWindow;
    const lead = window[0] > 0 ? '…' : '';
    const snippet = lead + body.slice(window[0], window[1]) + (window[1] < body.length ? '…' : '');
    return {
      kind: row.kind,
      id: row.item_id,
      title: row.title,
      snippet,
      titleRanges: this.highlightRanges(row.title, matcher),
      snippetRanges: this.highlightRanges(snippet, matcher),
      date: row.date,
      score: Math.round(score * 1000) / 1000,
    };
  }
}
