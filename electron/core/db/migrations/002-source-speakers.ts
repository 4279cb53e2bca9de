import type { Migration } from './migration';

/**
 * Speakers found in a transcript ("Anna: ..."), each matched to a profile by the user or not
 * yet. A quote made inside a speaker's turn proposes that profile as its speaker.
 */
export const sourceSpeakers: Migration = {
  version: 2,
  name: 'speakers of transcripts',
  up(db) {
    db.exec(`
      CREATE TABLE source_speakers (
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (source_id, label)
      ) STRICT;
    `);
  },
};
