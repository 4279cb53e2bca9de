import type { Migration } from './migration';

/**
 * Search lives in the library file, so nothing is rebuilt at start:
 * - `search_fts`: FTS5 postings over the normalised title and text of every live item
 *   (contentless: the texts are already in their own tables; detail=column: recall needs no
 *   word positions, only whether a word is in the title; a prefix index for three letters,
 *   the most common search-as-you-type prefix).
 * - `search_docs`: per indexed item its number in the FTS table, title, the short text that
 *   ranking and snippets use, and the facts that filters ask about.
 * - `search_terms`: every word ever indexed, in order of arrival, so a process loads only the
 *   words it has not seen yet for its typo-tolerant vocabulary.
 * - `change_queue`: filled by triggers in the same transaction as every write, emptied by the
 *   index updater in one transaction with its updates. A crash in between, or a write by
 *   another program (the CLI), leaves the queue for the next drain instead of a stale index.
 * Existing items are queued here and indexed after opening, in batches.
 */
const TRACKED: [table: string, kind: string, id: string][] = [
  ['people', 'person', 'id'],
  ['person_roles', 'person', 'person_id'],
  ['sources', 'source', 'id'],
  ['source_people', 'source', 'source_id'],
  ['quotes', 'quote', 'id'],
  ['evidence', 'quote', 'quote_id'],
  ['lessons', 'lesson', 'id'],
  ['lesson_aliases', 'lesson', 'lesson_id'],
  ['tags', 'tag', 'id'],
  ['notes', 'note', 'id'],
  ['collections', 'collection', 'id'],
];

const queueTrigger = (name: string, event: string, table: string, kindSql: string, idSql: string) =>
  `CREATE TRIGGER ${name} AFTER ${event} ON ${table}
   BEGIN INSERT OR IGNORE INTO change_queue (kind, id) VALUES (${kindSql}, ${idSql}); END;`;

export const persistentSearch: Migration = {
  version: 3,
  name: 'search index and change queue in the library file',
  up(db) {
    db.exec(`
      CREATE TABLE change_queue (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID, STRICT;
      CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        norm_title TEXT NOT NULL,
        short_body TEXT,
        date TEXT,
        tag_ids TEXT NOT NULL,
        person_ids TEXT NOT NULL,
        lesson_ids TEXT NOT NULL,
        UNIQUE (kind, item_id)
      ) STRICT;
      CREATE INDEX search_docs_titled ON search_docs (doc, norm_title) WHERE norm_title <> '';
      CREATE TABLE search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE) STRICT;
      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content='', contentless_delete=1, detail=column, prefix='3',
        tokenize='unicode61 remove_diacritics 2'
      );
    `);
    const triggers: string[] = [];
    for (const [table, kind, id] of TRACKED) {
      for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
        triggers.push(queueTrigger(`queue_${table}_${event.toLowerCase()}`, event, table, `'${kind}'`, `${row}.${id}`));
      }
    }
    for (const [event, row] of [['INSERT', 'NEW'], ['DELETE', 'OLD']] as const) {
      triggers.push(queueTrigger(`queue_item_tags_${event.toLowerCase()}`, event, 'item_tags', `${row}.item_kind`, `${row}.item_id`));
      triggers.push(queueTrigger(`queue_links_${event.toLowerCase()}`, event, 'links', `${row}.from_kind`, `${row}.from_id`));
    }
    db.exec(triggers.join('\n'));
    db.exec(`
      INSERT OR IGNORE INTO change_queue (kind, id)
        SELECT 'person', id FROM people UNION ALL SELECT 'source', id FROM sources
        UNION ALL SELECT 'quote', id FROM quotes UNION ALL SELECT 'lesson', id FROM lessons
        UNION ALL SELECT 'tag', id FROM tags UNION ALL SELECT 'note', id FROM notes
        UNION ALL SELECT 'collection', id FROM collections;
    `);
  },
};
