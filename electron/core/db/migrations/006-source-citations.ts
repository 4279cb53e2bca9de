import type { Migration } from './migration';

/**
 * A source's bibliographic record as imported from a reference manager (Zotero's CSL-JSON,
 * BibTeX, RIS), kept whole as CSL-JSON: it holds what the source's own fields do not (DOI,
 * volume, pages, all authors in order) and is what an APA reference is formatted from.
 */
export const sourceCitations: Migration = {
  version: 6,
  name: 'bibliographic records of sources',
  up(db) {
    db.exec(`
      CREATE TABLE source_citations (
        source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        csl_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
