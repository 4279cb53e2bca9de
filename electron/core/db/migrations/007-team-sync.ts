import type { Migration } from './migration';

/**
 * What team sync keeps in the local library (the working copy; see core/team/):
 * - `sync_outbox`: every item changed here since it was last pushed, filled by triggers in the
 *   writing transaction (so nothing changed is ever forgotten, whoever wrote it), except while
 *   sync itself applies what it pulled (`sync_flags.applying`).
 * - `sync_base`: per item the server version last seen and its content then, the common
 *   ancestor of a three-way merge when both sides changed it.
 * - `sync_conflicts`: items both sides changed in the same text field: both versions kept until
 *   the researcher chooses.
 * - `sync_state`: server address (never the password), team, last server sequence seen.
 */
const TRACKED: [table: string, kind: string, id: string][] = [
  ['people', 'person', 'id'],
  ['person_roles', 'person', 'person_id'],
  ['sources', 'source', 'id'],
  ['source_people', 'source', 'source_id'],
  ['source_speakers', 'source', 'source_id'],
  ['quotes', 'quote', 'id'],
  ['evidence', 'quote', 'quote_id'],
  ['lessons', 'lesson', 'id'],
  ['lesson_aliases', 'lesson', 'lesson_id'],
  ['lesson_relations', 'lesson', 'from_id'],
  ['tags', 'tag', 'id'],
  ['notes', 'note', 'id'],
  ['collections', 'collection', 'id'],
  ['collection_items', 'collection', 'collection_id'],
];

const outboxTrigger = (name: string, event: string, table: string, kindSql: string, idSql: string) =>
  `CREATE TRIGGER ${name} AFTER ${event} ON ${table}
   WHEN (SELECT applying FROM sync_flags) = 0
   BEGIN INSERT OR IGNORE INTO sync_outbox (kind, id) VALUES (${kindSql}, ${idSql}); END;`;

export const teamSync: Migration = {
  version: 7,
  name: 'outbox, merge bases and conflicts for team sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_flags (applying INTEGER NOT NULL) STRICT;
      INSERT INTO sync_flags (applying) VALUES (0);
      CREATE TABLE sync_outbox (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID, STRICT;
      CREATE TABLE sync_base (kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, content TEXT, PRIMARY KEY (kind, id)) WITHOUT ROWID, STRICT;
      CREATE TABLE sync_conflicts (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        title TEXT NOT NULL,
        fields TEXT NOT NULL,
        local TEXT,
        remote TEXT,
        remote_version INTEGER NOT NULL,
        remote_by TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID, STRICT;
      CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID, STRICT;
    `);
    const triggers: string[] = [];
    for (const [table, kind, id] of TRACKED) {
      for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
        triggers.push(outboxTrigger(`outbox_${table}_${event.toLowerCase()}`, event, table, `'${kind}'`, `${row}.${id}`));
      }
    }
    for (const [event, row] of [['INSERT', 'NEW'], ['DELETE', 'OLD']] as const) {
      triggers.push(outboxTrigger(`outbox_item_tags_${event.toLowerCase()}`, event, 'item_tags', `${row}.item_kind`, `${row}.item_id`));
      triggers.push(outboxTrigger(`outbox_links_${event.toLowerCase()}`, event, 'links', `${row}.from_kind`, `${row}.from_id`));
    }
    db.exec(triggers.join('\n'));
  },
};
