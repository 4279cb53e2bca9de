import { openConnection } from '../electron/core/db/connection';
import Fuse from 'fuse.js';
import { contentWords } from '../electron/core/linking/dutch-text';
import { openTestLibrary } from '../electron/core/test-support/temp-library';
import { normalize } from '../shared/text/normalize';

/**
 * "Eerder gehoord" replayed as a researcher works: statements in date order, each first asked
 * for suggestions (`linking.suggest` through the API, on a real library), then linked to the
 * lesson a person chose. A statement scores when that lesson is among the first 1 or 3.
 * Beside ours, on the very same replay: plain fuse.js on titles and aliases, and SQLite FTS5
 * (BM25) over each lesson's description and its evidence so far.
 */
export interface LabelledSet {
  name: string;
  lessons: { id: string; title: string; aliases: string[]; summary?: string }[];
  items: { text: string; date: string; lessonId: string | null }[];
}

export interface ReplayScore {
  n: number;
  at1: number;
  at3: number;
  mrr: number;
  unsure: number;
}

export interface ReplayResult {
  withEvidence: ReplayScore;
  first: ReplayScore;
}

type Ranker = (text: string) => { ranked: string[]; unsure: boolean };

class Tally {
  private readonly ranks: (number | null)[] = [];
  private unsure = 0;
  add(rank: number | null, unsure: boolean): void {
    this.ranks.push(rank);
    if (unsure) this.unsure++;
  }
  score(): ReplayScore {
    const n = this.ranks.length || 1;
    const hit = (k: number) => this.ranks.filter((r) => r !== null && r < k).length / n;
    return { n: this.ranks.length, at1: hit(1), at3: hit(3), mrr: this.ranks.reduce<number>((s, r) => s + (r === null ? 0 : 1 / (r + 1)), 0) / n, unsure: this.unsure / n };
  }
}

interface Hooks {
  onLinked(listener: (text: string, lessonId: string) => void): void;
}

async function replay(set: LabelledSet, makeRanker: (hooks: Hooks) => Ranker, ours?: { call: (text: string) => Promise<{ ranked: string[]; unsure: boolean }>; link: (text: string, date: string, lessonId: string | null) => Promise<void> }): Promise<ReplayResult> {
  const linkedListeners: ((text: string, lessonId: string) => void)[] = [];
  const ranker = makeRanker({ onLinked: (listener) => linkedListeners.push(listener) });
  const withEvidence = new Tally();
  const first = new Tally();
  const evidenceCount = new Map<string, number>();
  const items = [...set.items].sort((a, b) => a.date.localeCompare(b.date));
  for (const item of items) {
    if (item.lessonId) {
      const answer = ours ? await ours.call(item.text) : ranker(item.text);
      const at = answer.ranked.indexOf(item.lessonId);
      ((evidenceCount.get(item.lessonId) ?? 0) > 0 ? withEvidence : first).add(at === -1 ? null : at, answer.unsure);
      evidenceCount.set(item.lessonId, (evidenceCount.get(item.lessonId) ?? 0) + 1);
    }
    if (ours) await ours.link(item.text, item.date, item.lessonId);
    if (item.lessonId) linkedListeners.forEach((l) => l(item.text, item.lessonId as string));
  }
  return { withEvidence: withEvidence.score(), first: first.score() };
}

/** Ours: a fresh library, everything through the API as the app does it. */
export async function replayOurs(set: LabelledSet, options: { limit?: number } = {}): Promise<ReplayResult> {
  const t = await openTestLibrary();
  try {
    const ids = new Map<string, string>();
    for (const l of set.lessons) ids.set(l.id, (await t.call('lessons.create', { title: l.title, aliases: l.aliases, summary: l.summary ?? '' })).id);
    const back = new Map([...ids].map(([k, v]) => [v, k]));
    let n = 0;
    return await replay(set, () => () => ({ ranked: [], unsure: false }), {
      call: async (text) => {
        const result = await t.call('linking.suggest', { text, limit: options.limit ?? 5 });
        return { ranked: result.lessons.map((l) => back.get(l.lessonId) ?? ''), unsure: result.unsure };
      },
      link: async (text, date, lessonId) => {
        const source = await t.call('sources.create', { title: `Bron ${++n}`, date, text });
        const lesson = lessonId ? ids.get(lessonId) : undefined;
        await t.call('quotes.create', { sourceId: source.id, start: 0, end: text.length, dateSaid: date, lessons: lesson ? [{ lessonId: lesson }] : [] });
      },
    });
  } finally {
    t.cleanup();
  }
}

/** Plain fuse.js over the titles and aliases: what a simple app would do. */
export function replayFuse(set: LabelledSet): Promise<ReplayResult> {
  const rows = set.lessons.flatMap((l) => [l.title, ...l.aliases].map((text) => ({ id: l.id, text: normalize(text) })));
  const fuse = new Fuse(rows, { keys: ['text'], ignoreLocation: true, threshold: 1, includeScore: true });
  return replay(set, () => (text) => {
    const ranked: string[] = [];
    for (const hit of fuse.search(normalize(text))) if (!ranked.includes(hit.item.id)) ranked.push(hit.item.id);
    return { ranked, unsure: false };
  });
}

/** SQLite FTS5 with BM25 over each lesson's description and the evidence linked so far. */
export function replayFts5(set: LabelledSet): Promise<ReplayResult> {
  const db = openConnection(':memory:');
  db.exec("CREATE VIRTUAL TABLE docs USING fts5(lesson UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO docs (lesson, body) VALUES (?, ?)');
  for (const l of set.lessons) insert.run(l.id, [l.title, ...l.aliases, l.summary ?? ''].join(' '));
  const search = db.prepare('SELECT lesson, min(rank) AS best FROM docs WHERE docs MATCH ? GROUP BY lesson ORDER BY best LIMIT 10');
  return replay(set, (link) => {
    link.onLinked((text, lessonId) => insert.run(lessonId, text));
    return (text) => {
      const terms = [...new Set([...contentWords(text)].map(({ word }) => word))].map((w) => `"${w}"`);
      if (terms.length === 0) return { ranked: [], unsure: false };
      return { ranked: (search.all(terms.join(' OR ')) as { lesson: string }[]).map((r) => r.lesson), unsure: false };
    };
  }).finally(() => db.close());
}

export function formatScore(s: ReplayScore): string {
  return `${s.n} | ${s.at1.toFixed(2)} | ${s.at3.toFixed(2)} | ${s.mrr.toFixed(2)} | ${s.unsure.toFixed(2)}`;
}
