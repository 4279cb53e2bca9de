import type { Migration } from './migration';

/**
 * "Eerder gehoord" kept in the library file, so nothing is rebuilt at start: every term linking
 * has seen, with how many live quotes hold it (`link_terms`), and each live quote's terms as two
 * little-endian arrays, term numbers (int32) and weights (float32), read back without parsing.
 * Both follow the change queue like the search index. `link_state.backfill_after` is the rowid
 * up to which existing quotes have been read (-1: all); a library upgraded to this version fills
 * it in the background.
 * A lesson's related words ("Verwante woorden", JSON list) are the researcher's own knowledge
 * of the field: empty by default, shown and labelled as related in every suggestion they make.
 */
export const linkingTerms: Migration = {
  version: 5,
  name: 'linking terms in the library file',
  up(db) {
    db.exec(`
      CREATE TABLE link_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL) STRICT;
      CREATE TABLE link_quote_terms (quote_id TEXT PRIMARY KEY, source_id TEXT NOT NULL, ids BLOB NOT NULL, weights BLOB NOT NULL) WITHOUT ROWID, STRICT;
      CREATE TABLE link_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID, STRICT;
      ALTER TABLE lessons ADD COLUMN related_words TEXT NOT NULL DEFAULT '[]';
      INSERT INTO link_state (key, value) VALUES ('quotes', 0),
        ('backfill_after', CASE WHEN EXISTS (SELECT 1 FROM quotes) THEN 0 ELSE -1 END);
    `);
  },
};
