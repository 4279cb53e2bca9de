import type { Db } from '../electron/core/db/connection';
import MiniSearch from 'minisearch';
import { normalize, words } from '../shared/text/normalize';
import type { SearchDoc } from '../electron/core/search/search-types';

/**
 * What a peer would really use for search-as-you-type, on the same documents and queries:
 * SQLite FTS5 with the trigram tokenizer (substring matching; a typo fallback that ORs the
 * typed words' trigrams and ranks by bm25), and MiniSearch (fuzzy 0.2 + prefix).
 */
export function fts5Trigram(db: Db, docs: readonly SearchDoc[]): (text: string) => SearchDoc[] {
  db.exec("CREATE VIRTUAL TABLE peer_trigram USING fts5(title, body, tokenize='trigram remove_diacritics 1')");
  const insert = db.prepare('INSERT INTO peer_trigram (rowid, title, body) VALUES (?, ?, ?)');
  db.transaction(() => docs.forEach((d, i) => insert.run(i, d.title, d.body)))();
  const search = db.prepare('SELECT rowid FROM peer_trigram WHERE peer_trigram MATCH ? ORDER BY bm25(peer_trigram, 2, 1) LIMIT 10').pluck();
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return (text) => {
    const typed = words(normalize(text)).filter((w) => w.length >= 3);
    if (typed.length === 0) return [];
    let rows = search.all(typed.map(quote).join(' AND ')) as number[];
    if (rows.length < 10) {
      // Typo fallback: any trigram of the typed words, ranked by bm25.
      const grams = new Set<string>();
      for (const w of typed) for (let i = 0; i + 3 <= w.length; i++) grams.add(w.slice(i, i + 3));
      const more = search.all([...grams].map(quote).join(' OR ')) as number[];
      rows = [...new Set([...rows, ...more])].slice(0, 10);
    }
    return rows.map((i) => docs[i] as SearchDoc);
  };
}

export function miniSearch(docs: readonly SearchDoc[]): (text: string) => SearchDoc[] {
  const index = new MiniSearch<{ id: number; title: string; body: string }>({
    fields: ['title', 'body'],
    processTerm: (term) => normalize(term),
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2 } },
  });
  index.addAll(docs.map((d, i) => ({ id: i, title: d.title, body: d.body })));
  return (text) =>
    index
      .search(text)
      .slice(0, 10)
      .map((r) => docs[r.id as number] as SearchDoc);
}
