import { normalize } from '../../../shared/text/normalize';
import type { Db } from '../db/connection';
import { analyze, contentWords, stem } from './dutch-text';
import { vectorFromBlobs } from './quote-terms';
import type { Vocabulary } from './vocabulary';
import { cached } from '../db/statement-cache';

/**
 * "Nieuwe lessen ontdekken": unlinked quotes that say the same thing across years and speakers,
 * found on the same stored terms as "Eerder gehoord". Each quote's neighbours are the quotes
 * sharing its rarer terms with a tf-idf cosine above SIMILAR; a quote with the most neighbours
 * starts a group with its neighbours not yet taken (a leader clustering: groups do not chain
 * through one long quote). A group counts when it has MIN_QUOTES quotes from at least two
 * speakers or sources and, when dated, at least two years.
 */
export interface DiscoveredGroup {
  quoteIds: string[];
  /** A title proposed from the phrase most of the group's quotes share. */
  title: string;
  sharedWords: string[];
  firstYear: number | null;
  lastYear: number | null;
  speakers: number;
}

export interface DiscoverOptions {
  /** Newest unlinked quotes considered: grouping is quadratic in the worst case, so it is bounded. */
  maxQuotes?: number;
  maxGroups?: number;
}

const SIMILAR = 0.25;
const MIN_QUOTES = 3;
/** Terms held by more than this share of the considered quotes do not make neighbours. */
const COMMON = 0.05;

interface Candidate {
  id: string;
  text: string;
  sourceId: string;
  speakerId: string | null;
  year: number | null;
  terms: Map<number, number>;
  norm: number;
}

interface CandidateRow {
  id: string;
  text: string;
  source_id: string;
  speaker_id: string | null;
  date_said: string | null;
  ids: Buffer | null;
  weights: Buffer | null;
}

function readCandidates(db: Db, vocabulary: Vocabulary, maxQuotes: number): Candidate[] {
  const rows = cached(db, `SELECT q.id, q.text, q.source_id, q.speaker_id, q.date_said, t.ids, t.weights FROM quotes q
       LEFT JOIN link_quote_terms t ON t.quote_id = q.id
       WHERE q.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM evidence e JOIN lessons l ON l.id = e.lesson_id AND l.deleted_at IS NULL WHERE e.quote_id = q.id)
       ORDER BY coalesce(q.date_said, '') DESC, q.rowid DESC LIMIT ?`,
    )
    .all(maxQuotes) as CandidateRow[];
  return rows.map((r) => {
    const terms = new Map<number, number>();
    if (r.ids && r.weights) {
      const v = vectorFromBlobs(r.ids, r.weights);
      v.ids.forEach((id, i) => terms.set(id, v.tf[i] as number));
    } else {
      for (const [term, tf] of analyze(r.text).terms) terms.set(vocabulary.number(term), tf);
    }
    // Prefix terms are for ranking suggestions, too loose to say two quotes say the same.
    for (const id of [...terms.keys()]) if (vocabulary.term(id).startsWith('^')) terms.delete(id);
    const year = r.date_said ? Number(r.date_said.slice(0, 4)) : null;
    return { id: r.id, text: r.text, sourceId: r.source_id, speakerId: r.speaker_id, year, terms, norm: 0 };
  });
}

/** The most frequent run of two or three content words that recurs in at least half the group, as written in one of them. */
function proposeTitle(group: readonly Candidate[], shared: readonly string[]): string {
  const counts = new Map<string, { n: number; shown: string }>();
  for (const quote of group) {
    const words = [...contentWords(quote.text)];
    const seen = new Set<string>();
    for (let size = 3; size >= 2; size--) {
      for (let i = 0; i + size <= words.length; i++) {
        const run = words.slice(i, i + size);
        const key = run.map((w) => stem(w.word)).join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key) ?? { n: 0, shown: run.map((w) => w.original).join(' ') };
        entry.n++;
        counts.set(key, entry);
      }
    }
  }
  const best = [...counts.values()].filter((c) => c.n >= Math.max(2, Math.ceil(group.length / 2))).sort((a, b) => b.n - a.n || b.shown.length - a.shown.length)[0];
  const title = best?.shown ?? shared.slice(0, 3).join(', ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function discoverLessons(db: Db, vocabulary: Vocabulary, options: DiscoverOptions = {}): { groups: DiscoveredGroup[]; considered: number } {
  const candidates = readCandidates(db, vocabulary, options.maxQuotes ?? 3000);
  const n = candidates.length;
  const df = new Map<number, number>();
  for (const c of candidates) for (const term of c.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: number) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  for (const c of candidates) {
    let sum = 0;
    for (const [term, tf] of c.terms) sum += (tf * idf(term)) ** 2;
    c.norm = Math.sqrt(sum);
  }
  const maxDf = Math.max(3, n * COMMON);
  const postings = new Map<number, number[]>();
  candidates.forEach((c, i) => {
    for (const term of c.terms.keys()) {
      if ((df.get(term) ?? 0) > maxDf || (df.get(term) ?? 0) < 2) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const neighbours: number[][] = candidates.map(() => []);
  candidates.forEach((c, i) => {
    const dots = new Map<number, number>();
    for (const [term, tf] of c.terms) {
      const list = postings.get(term);
      if (!list) continue;
      const w = tf * idf(term) * idf(term);
      for (const j of list) {
        if (j <= i) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * (candidates[j]?.terms.get(term) ?? 0));
      }
    }
    for (const [j, dot] of dots) {
      const other = candidates[j] as Candidate;
      // The same passage twice (one source, one speaker) is not "said again".
      if (other.sourceId === c.sourceId) continue;
      if (dot / (c.norm * other.norm) >= SIMILAR) {
        neighbours[i]?.push(j);
        neighbours[j]?.push(i);
      }
    }
  });
  const order = candidates.map((_, i) => i).sort((a, b) => (neighbours[b]?.length ?? 0) - (neighbours[a]?.length ?? 0));
  const taken = new Set<number>();
  const groups: DiscoveredGroup[] = [];
  for (const leader of order) {
    if (taken.has(leader)) continue;
    const members = [leader, ...(neighbours[leader] ?? []).filter((j) => !taken.has(j))];
    if (members.length < MIN_QUOTES) continue;
    const quotes = members.map((i) => candidates[i] as Candidate);
    const voices = new Set(quotes.map((q) => q.speakerId ?? `source:${q.sourceId}`));
    const years = quotes.map((q) => q.year).filter((y): y is number => y !== null && Number.isFinite(y));
    if (voices.size < 2 || (years.length >= 2 && new Set(years).size < 2)) continue;
    members.forEach((i) => taken.add(i));
    const termCount = new Map<number, number>();
    for (const q of quotes) for (const term of q.terms.keys()) termCount.set(term, (termCount.get(term) ?? 0) + 1);
    const sharedTerms = [...termCount].filter(([, count]) => count >= Math.max(2, Math.ceil(quotes.length / 2))).sort((a, b) => b[1] * idf(b[0]) - a[1] * idf(a[0]));
    const sharedWords: string[] = [];
    for (const [term] of sharedTerms) {
      const word = quotes.map((q) => analyze(q.text).words.get(vocabulary.term(term))).find(Boolean);
      if (word && !sharedWords.some((w) => normalize(w) === normalize(word))) sharedWords.push(word);
      if (sharedWords.length === 5) break;
    }
    groups.push({
      quoteIds: quotes.map((q) => q.id),
      title: proposeTitle(quotes, sharedWords),
      sharedWords,
      firstYear: years.length ? Math.min(...years) : null,
      lastYear: years.length ? Math.max(...years) : null,
      speakers: new Set(quotes.map((q) => q.speakerId).filter(Boolean)).size,
    });
    if (groups.length >= (options.maxGroups ?? 20)) break;
  }
  return { groups, considered: n };
}
