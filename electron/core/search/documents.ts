import type { ItemKind } from '../../../shared/api/items';
import type { Db } from '../db/connection';
import type { SearchDoc } from './search-types';

/**
 * What each kind of item contributes to search. One SQL query per kind with the relations
 * folded in, so loading 100,000 quotes is a handful of statements, not 100,000.
 */
const split = (value: string | null): string[] => (value ? value.split(',') : []);

const TAGS = (kind: string, alias: string) =>
  `(SELECT group_concat(tag_id) FROM item_tags it WHERE it.item_kind = '${kind}' AND it.item_id = ${alias}.id) AS tag_ids`;

const QUERIES: Record<ItemKind, string> = {
  person: `SELECT p.id, p.name AS title,
      trim(coalesce(p.pseudonym, '') || ' ' || p.summary || ' ' ||
        coalesce((SELECT group_concat(role || ' ' || organisation || ' ' || place, ' ') FROM person_roles r WHERE r.person_id = p.id), '')) AS body,
      NULL AS date, ${TAGS('person', 'p')}, p.id AS person_ids, NULL AS lesson_ids
    FROM people p WHERE p.deleted_at IS NULL`,
  source: `SELECT s.id, s.title, s.outlet || ' ' || s.text AS body, s.date, ${TAGS('source', 's')},
      (SELECT group_concat(person_id) FROM source_people sp WHERE sp.source_id = s.id) AS person_ids, NULL AS lesson_ids
    FROM sources s WHERE s.deleted_at IS NULL`,
  quote: `SELECT q.id, '' AS title, q.text || CASE WHEN q.annotation <> '' THEN ' ' || q.annotation ELSE '' END AS body,
      q.date_said AS date, ${TAGS('quote', 'q')}, q.speaker_id AS person_ids,
      (SELECT group_concat(lesson_id) FROM evidence e WHERE e.quote_id = q.id) AS lesson_ids
    FROM quotes q WHERE q.deleted_at IS NULL`,
  lesson: `SELECT l.id, l.title,
      trim(coalesce((SELECT group_concat(alias, ' · ') FROM lesson_aliases a WHERE a.lesson_id = l.id), '') || ' ' || l.summary) AS body,
      NULL AS date, ${TAGS('lesson', 'l')}, NULL AS person_ids, l.id AS lesson_ids
    FROM lessons l WHERE l.deleted_at IS NULL`,
  tag: `SELECT t.id, t.name AS title, '' AS body, NULL AS date, t.id AS tag_ids, NULL AS person_ids, NULL AS lesson_ids
    FROM tags t WHERE t.deleted_at IS NULL`,
  note: `SELECT n.id, n.title, n.plain_text AS body, NULL AS date, NULL AS tag_ids,
      (SELECT group_concat(to_id) FROM links k WHERE k.from_kind = 'note' AND k.from_id = n.id AND k.to_kind = 'person') AS person_ids,
      (SELECT group_concat(to_id) FROM links k WHERE k.from_kind = 'note' AND k.from_id = n.id AND k.to_kind = 'lesson') AS lesson_ids
    FROM notes n WHERE n.deleted_at IS NULL`,
  collection: `SELECT c.id, c.title, c.intro_text AS body, NULL AS date, NULL AS tag_ids, NULL AS person_ids, NULL AS lesson_ids
    FROM collections c WHERE c.deleted_at IS NULL`,
};

interface DocRow {
  id: string;
  title: string;
  body: string;
  date: string | null;
  tag_ids: string | null;
  person_ids: string | null;
  lesson_ids: string | null;
}

function toDoc(kind: ItemKind, row: DocRow): SearchDoc {
  return {
    kind,
    id: row.id,
    title: row.title ?? '',
    body: row.body ?? '',
    date: row.date,
    tagIds: split(row.tag_ids),
    personIds: split(row.person_ids),
    lessonIds: split(row.lesson_ids),
  };
}

export function* allSearchDocs(db: Db): Generator<SearchDoc> {
  for (const kind of Object.keys(QUERIES) as ItemKind[]) {
    for (const row of db.prepare(QUERIES[kind]).iterate() as Iterable<DocRow>) yield toDoc(kind, row);
  }
}

const ALIAS: Record<ItemKind, string> = { person: 'p', source: 's', quote: 'q', lesson: 'l', tag: 't', note: 'n', collection: 'c' };
const single = new Map<ItemKind, string>();

/** The document of one live item, or null when it is gone or in the trash. */
export function searchDocOf(db: Db, kind: ItemKind, id: string): SearchDoc | null {
  let sql = single.get(kind);
  if (!sql) {
    sql = `${QUERIES[kind]} AND ${ALIAS[kind]}.id = ?`;
    single.set(kind, sql);
  }
  const row = db.prepare(sql).get(id) as DocRow | undefined;
  return row ? toDoc(kind, row) : null;
}
