import type { Migration } from './migration';

/**
 * Indexes for keyset paging: every sort of every list reads its page from an index in order,
 * ending in the id that breaks ties, over live rows only. The expressions match the sort
 * expressions in the stores exactly (`coalesce(date_said, '')`), or SQLite cannot use them.
 */
export const listIndexes: Migration = {
  version: 4,
  name: 'indexes for keyset paging of lists',
  up(db) {
    const live = 'WHERE deleted_at IS NULL';
    db.exec(`
      CREATE INDEX quotes_by_created ON quotes (created_at, id) ${live};
      CREATE INDEX quotes_by_updated ON quotes (updated_at, id) ${live};
      CREATE INDEX quotes_by_date ON quotes (coalesce(date_said, ''), id) ${live};
      CREATE INDEX quotes_by_speaker_date ON quotes (speaker_id, coalesce(date_said, ''), id) ${live};
      CREATE INDEX quotes_by_position ON quotes (source_id, anchor_start, id) ${live};
      CREATE INDEX sources_by_title ON sources (title COLLATE NOCASE, id) ${live};
      CREATE INDEX sources_by_date ON sources (coalesce(date, ''), id) ${live};
      CREATE INDEX sources_by_created ON sources (created_at, id) ${live};
      CREATE INDEX sources_by_updated ON sources (updated_at, id) ${live};
      CREATE INDEX people_by_name ON people (name COLLATE NOCASE, id) ${live};
      CREATE INDEX people_by_created ON people (created_at, id) ${live};
      CREATE INDEX lessons_by_title ON lessons (title COLLATE NOCASE, id) ${live};
      CREATE INDEX tags_by_name ON tags (name COLLATE NOCASE, id) ${live};
      CREATE INDEX notes_by_updated ON notes (updated_at, id) ${live};
      CREATE INDEX collections_by_title ON collections (title COLLATE NOCASE, id) ${live};
    `);
  },
};
