import { yearOf } from '../../../shared/dates/partial-date';
import type { Cooccurrence, RecurringLesson, Timeline, TimelineMark } from '../../../shared/api/recurrence';
import type { Stance } from '../../../shared/api/quotes';
import type { Db } from '../db/connection';
import { requireLive } from '../db/rows';

interface EvidenceRow {
  quote_id: string;
  date_said: string | null;
  text: string;
  stance: Stance;
  speaker_id: string | null;
  speaker_name: string | null;
  places: string | null;
  programmes: string | null;
}

/** Labels of a facet on the quote or on its source, as one comma-free list (names joined by \u001f). */
const facetNames = (facet: string) => `(SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT t.name FROM item_tags it
    JOIN tags t ON t.id = it.tag_id AND t.deleted_at IS NULL
    WHERE t.facet = '${facet}' AND ((it.item_kind = 'quote' AND it.item_id = q.id) OR (it.item_kind = 'source' AND it.item_id = q.source_id))))`;

/** Where the speaker worked when they said it, when the quote or source has no place label. */
const ROLE_PLACE = `(SELECT r.place FROM person_roles r WHERE r.person_id = q.speaker_id AND r.place <> ''
    AND (r.date_from IS NULL OR q.date_said IS NULL OR r.date_from <= q.date_said)
    AND (r.date_to IS NULL OR q.date_said IS NULL OR substr(q.date_said, 1, length(r.date_to)) <= r.date_to)
    ORDER BY r.position LIMIT 1)`;

function evidenceOf(db: Db, lessonId: string): EvidenceRow[] {
  return db
    .prepare(
      `SELECT q.id AS quote_id, q.date_said, q.text, e.stance, q.speaker_id, p.name AS speaker_name,
         coalesce(${facetNames('place')}, ${ROLE_PLACE}) AS places, ${facetNames('programme')} AS programmes
       FROM evidence e JOIN quotes q ON q.id = e.quote_id AND q.deleted_at IS NULL
       LEFT JOIN people p ON p.id = q.speaker_id
       WHERE e.lesson_id = ? ORDER BY q.date_said, q.created_at`,
    )
    .all(lessonId) as EvidenceRow[];
}

const list = (value: string | null) => (value ? value.split('\u001f') : []);

/** One mark per dated quote of the lesson, by speaker and place; the figures the lesson page shows. */
export function lessonTimeline(db: Db, lessonId: string): Timeline {
  requireLive(db, 'lessons', lessonId, 'Les');
  const rows = evidenceOf(db, lessonId);
  const marks: TimelineMark[] = [];
  let undated = 0;
  for (const row of rows) {
    const year = row.date_said ? yearOf(row.date_said) : null;
    if (row.date_said === null || year === null) {
      undated++;
      continue;
    }
    marks.push({
      quoteId: row.quote_id,
      dateSaid: row.date_said,
      year,
      text: row.text,
      stance: row.stance,
      speakerId: row.speaker_id,
      speakerName: row.speaker_name,
      place: list(row.places)[0] ?? null,
      programmes: list(row.programmes),
    });
  }
  const years = marks.map((m) => m.year);
  return {
    lessonId,
    marks,
    undated,
    firstYear: years.length ? Math.min(...years) : null,
    latestYear: years.length ? Math.max(...years) : null,
    speakers: new Set(rows.map((r) => r.speaker_id).filter(Boolean)).size,
    places: new Set(rows.flatMap((r) => list(r.places))).size,
    programmes: new Set(rows.flatMap((r) => list(r.programmes))).size,
  };
}

/** "Lessen die terugkomen": lessons ranked by the years they span, then by distinct speakers. */
export function recurringLessons(db: Db, limit: number): RecurringLesson[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.title, q.id AS quote_id, q.date_said, q.speaker_id FROM lessons l
       LEFT JOIN evidence e ON e.lesson_id = l.id
       LEFT JOIN quotes q ON q.id = e.quote_id AND q.deleted_at IS NULL
       WHERE l.deleted_at IS NULL`,
    )
    .all() as { id: string; title: string; quote_id: string | null; date_said: string | null; speaker_id: string | null }[];
  const byLesson = new Map<string, { title: string; quotes: number; speakers: Set<string>; years: Map<number, number> }>();
  for (const row of rows) {
    let entry = byLesson.get(row.id);
    if (!entry) byLesson.set(row.id, (entry = { title: row.title, quotes: 0, speakers: new Set(), years: new Map() }));
    if (row.quote_id === null) continue;
    entry.quotes++;
    if (row.speaker_id) entry.speakers.add(row.speaker_id);
    const year = row.date_said ? yearOf(row.date_said) : null;
    if (year !== null) entry.years.set(year, (entry.years.get(year) ?? 0) + 1);
  }
  const out: RecurringLesson[] = [...byLesson].map(([lessonId, e]) => {
    const years = [...e.years.keys()];
    const firstYear = years.length ? Math.min(...years) : null;
    const latestYear = years.length ? Math.max(...years) : null;
    return {
      lessonId,
      title: e.title,
      quotes: e.quotes,
      speakers: e.speakers.size,
      firstYear,
      latestYear,
      span: firstYear === null || latestYear === null ? 0 : latestYear - firstYear + 1,
      years: [...e.years].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    };
  });
  return out.sort((a, b) => b.span - a.span || b.speakers - a.speakers || b.quotes - a.quotes || a.title.localeCompare(b.title)).slice(0, limit);
}

/** How often each lesson is voiced with each label of a facet (on the quote or its source). */
export function lessonCooccurrence(db: Db, facet: string, lessonId?: string): Cooccurrence {
  // A quote counts for its label and every label above it: a neighbourhood's quotes add up in
  // its city's column, each quote once.
  const cells = db
    .prepare(
      `WITH RECURSIVE above(tag_id, ancestor_id, depth) AS (
         SELECT id, id, 0 FROM tags WHERE deleted_at IS NULL
         UNION SELECT a.tag_id, t.parent_id, a.depth + 1 FROM above a JOIN tags t ON t.id = a.ancestor_id
         WHERE t.parent_id IS NOT NULL AND a.depth < 20
       )
       SELECT e.lesson_id AS lessonId, t.id AS tagId, COUNT(DISTINCT q.id) AS count
       FROM evidence e
       JOIN quotes q ON q.id = e.quote_id AND q.deleted_at IS NULL
       JOIN lessons l ON l.id = e.lesson_id AND l.deleted_at IS NULL
       JOIN item_tags it ON (it.item_kind = 'quote' AND it.item_id = q.id) OR (it.item_kind = 'source' AND it.item_id = q.source_id)
       JOIN above a ON a.tag_id = it.tag_id
       JOIN tags t ON t.id = a.ancestor_id AND t.deleted_at IS NULL AND t.facet = ?
       ${lessonId ? 'WHERE e.lesson_id = ?' : ''}
       GROUP BY e.lesson_id, t.id`,
    )
    .all(...(lessonId ? [facet, lessonId] : [facet])) as Cooccurrence['cells'];
  const lessonIds = [...new Set(cells.map((c) => c.lessonId))];
  const tagIds = [...new Set(cells.map((c) => c.tagId))];
  const names = (table: string, column: string, ids: string[]) =>
    ids.length === 0
      ? []
      : (db.prepare(`SELECT id, ${column} AS name FROM ${table} WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY ${column} COLLATE NOCASE`).all(...ids) as {
          id: string;
          name: string;
        }[]);
  // Columns in the order of the label tree: a city, then its neighbourhoods, each under its parent.
  const parentOf = new Map((db.prepare('SELECT id, parent_id FROM tags').raw().all() as [string, string | null][]).map(([id, parent]) => [id, parent]));
  const tags = names('tags', 'name', tagIds);
  const nameOf = new Map(tags.map((t) => [t.id, t.name]));
  const path = (id: string, depth = 0): string => {
    const parent = parentOf.get(id);
    const own = (nameOf.get(id) ?? '').toLocaleLowerCase('nl');
    return parent && nameOf.has(parent) && depth < 20 ? `${path(parent, depth + 1)}\u0000${own}` : own;
  };
  return {
    lessons: names('lessons', 'title', lessonIds).map((l) => ({ id: l.id, title: l.name })),
    tags: tags.map((t) => ({ ...t, parentId: parentOf.get(t.id) && nameOf.has(parentOf.get(t.id) as string) ? (parentOf.get(t.id) as string) : null })).sort((a, b) => path(a.id).localeCompare(path(b.id), 'nl')),
    cells,
  };
}
