import type { ItemKind } from '../../../shared/api/items';
import type { Db } from '../db/connection';

export interface ItemChange {
  kind: ItemKind;
  id: string;
}

/**
 * Which items changed, recorded by SQLite itself: TEMP triggers (on this connection only, never
 * stored in the library file) note the item behind every insert, update or delete, including
 * child rows (an alias changes its lesson, evidence changes its quote). Derived indexes (search,
 * linking) drain the feed after each change and update just those items, never rebuilding.
 */
const TRACKED: { table: string; kind: ItemKind; id: string }[] = [
  { table: 'people', kind: 'person', id: 'id' },
  { table: 'person_roles', kind: 'person', id: 'person_id' },
  { table: 'sources', kind: 'source', id: 'id' },
  { table: 'source_people', kind: 'source', id: 'source_id' },
  { table: 'quotes', kind: 'quote', id: 'id' },
  { table: 'evidence', kind: 'quote', id: 'quote_id' },
  { table: 'lessons', kind: 'lesson', id: 'id' },
  { table: 'lesson_aliases', kind: 'lesson', id: 'lesson_id' },
  { table: 'tags', kind: 'tag', id: 'id' },
  { table: 'notes', kind: 'note', id: 'id' },
  { table: 'collections', kind: 'collection', id: 'id' },
];

export class ChangeFeed {
  private readonly subscribers: ((changes: ItemChange[]) => void)[] = [];

  constructor(private readonly db: Db) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS changed_items (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID');
    for (const { table, kind, id } of TRACKED) {
      for (const [event, row] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ] as const) {
        db.exec(
          `CREATE TEMP TRIGGER IF NOT EXISTS track_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
           BEGIN INSERT OR IGNORE INTO temp.changed_items (kind, id) VALUES ('${kind}', ${row}.${id}); END`,
        );
      }
    }
    // Labels on items: the item changes, whichever kind it is.
    for (const [event, row] of [
      ['INSERT', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS track_item_tags_${event.toLowerCase()} AFTER ${event} ON main.item_tags
         BEGIN INSERT OR IGNORE INTO temp.changed_items (kind, id) VALUES (${row}.item_kind, ${row}.item_id); END`,
      );
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS track_links_${event.toLowerCase()} AFTER ${event} ON main.links
         BEGIN INSERT OR IGNORE INTO temp.changed_items (kind, id) VALUES (${row}.from_kind, ${row}.from_id); END`,
      );
    }
  }

  subscribe(listener: (changes: ItemChange[]) => void): void {
    this.subscribers.push(listener);
  }

  /** Hands the changes since the last drain to every subscriber and forgets them. */
  drain(): ItemChange[] {
    const changes = this.db.prepare('SELECT kind, id FROM temp.changed_items').all() as ItemChange[];
    if (changes.length === 0) return changes;
    this.db.prepare('DELETE FROM temp.changed_items').run();
    for (const listener of this.subscribers) listener(changes);
    return changes;
  }

  /** Forgets recorded changes without telling anyone (after a full rebuild). */
  discard(): void {
    this.db.prepare('DELETE FROM temp.changed_items').run();
  }
}
