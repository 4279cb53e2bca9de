import type { Migration } from './migration';

/**
 * The whole domain of DESIGN.md. Every entity has created/updated timestamps and a
 * deleted_at for the trash; child rows (roles, aliases, evidence) belong to their parent.
 * STRICT tables so that a wrong type is an error, not a silent conversion.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        pseudonym TEXT,
        consent TEXT NOT NULL DEFAULT 'name' CHECK (consent IN ('name', 'pseudonym', 'omit')),
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE person_roles (
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        date_from TEXT,
        date_to TEXT,
        PRIMARY KEY (person_id, position)
      ) STRICT;

      CREATE TABLE originals (
        sha256 TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('interview', 'article', 'report', 'transcript', 'meeting', 'other')),
        outlet TEXT NOT NULL DEFAULT '',
        date TEXT,
        url TEXT,
        language TEXT NOT NULL DEFAULT 'nl',
        text TEXT NOT NULL DEFAULT '',
        original_sha256 TEXT REFERENCES originals(sha256),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE source_people (
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        part TEXT NOT NULL CHECK (part IN ('interviewee', 'author', 'interviewer', 'speaker', 'mentioned')),
        position INTEGER NOT NULL,
        PRIMARY KEY (source_id, person_id, part)
      ) STRICT;
      CREATE INDEX source_people_person ON source_people(person_id);

      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        speaker_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        date_said TEXT,
        text TEXT NOT NULL,
        anchor_start INTEGER NOT NULL,
        anchor_end INTEGER NOT NULL,
        anchor_prefix TEXT NOT NULL DEFAULT '',
        anchor_suffix TEXT NOT NULL DEFAULT '',
        anchor_status TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_status IN ('anchored', 'detached')),
        annotation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX quotes_source ON quotes(source_id, anchor_start);
      CREATE INDEX quotes_speaker ON quotes(speaker_id);

      CREATE TABLE lessons (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE lesson_aliases (
        lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        alias TEXT NOT NULL,
        PRIMARY KEY (lesson_id, position)
      ) STRICT;

      CREATE TABLE lesson_relations (
        from_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('same_as', 'refines', 'contradicts', 'related')),
        position INTEGER NOT NULL,
        PRIMARY KEY (from_id, to_id, kind),
        CHECK (from_id <> to_id)
      ) STRICT;
      CREATE INDEX lesson_relations_to ON lesson_relations(to_id);

      CREATE TABLE evidence (
        quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        stance TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports', 'nuances', 'challenges')),
        position INTEGER NOT NULL,
        PRIMARY KEY (quote_id, lesson_id)
      ) STRICT;
      CREATE INDEX evidence_lesson ON evidence(lesson_id);

      CREATE TABLE tags (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        facet TEXT NOT NULL DEFAULT 'other' CHECK (facet IN ('theme', 'place', 'programme', 'period', 'other')),
        parent_id TEXT REFERENCES tags(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;

      CREATE TABLE item_tags (
        item_kind TEXT NOT NULL CHECK (item_kind IN ('person', 'source', 'quote', 'lesson')),
        item_id TEXT NOT NULL,
        tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_kind, item_id, tag_id)
      ) STRICT;
      CREATE INDEX item_tags_tag ON item_tags(tag_id);

      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        target_kind TEXT,
        target_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        doc_json TEXT NOT NULL,
        plain_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((target_kind IS NULL) = (target_id IS NULL))
      ) STRICT;
      CREATE INDEX notes_target ON notes(target_kind, target_id);

      -- Typed edges between items, derived from note mentions; backlinks read this table.
      CREATE TABLE links (
        from_kind TEXT NOT NULL,
        from_id TEXT NOT NULL,
        to_kind TEXT NOT NULL,
        to_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('mention')),
        PRIMARY KEY (from_kind, from_id, to_kind, to_id, kind)
      ) STRICT;
      CREATE INDEX links_to ON links(to_kind, to_id);

      CREATE TABLE collections (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        intro_json TEXT,
        intro_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE collection_items (
        collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('quote', 'lesson', 'person', 'source')),
        item_id TEXT NOT NULL,
        heading TEXT,
        commentary TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (collection_id, position)
      ) STRICT;
      CREATE INDEX collection_items_item ON collection_items(item_kind, item_id);
    `);
  },
};
