import type { Bundle } from '../../../shared/api/bundle';
import { extractDoc } from '../../../shared/lexical/extract';
import { canonicalJson } from '../../../shared/text/canonical-json';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';
import { cached } from '../db/statement-cache';
import { AppError } from '../errors';

/**
 * How each kind of item of a bundle is written into the library, with the links it carries
 * (labels, roles, evidence, ...). A link to an item that exists neither here nor in the bundle
 * is left out; a quote whose source is missing is refused. Statements are cached: a bundle of
 * 100,000 quotes runs them a million times.
 */
export const exists = (db: Db, table: string, id: string) => cached(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

function replaceTags(db: Db, kind: string, id: string, tagIds: readonly string[]): void {
  cached(db, 'DELETE FROM item_tags WHERE item_kind = ? AND item_id = ?').run(kind, id);
  const insert = cached(db, 'INSERT OR IGNORE INTO item_tags (item_kind, item_id, tag_id, position) VALUES (?, ?, ?, ?)');
  tagIds.filter((t) => exists(db, 'tags', t)).forEach((t, i) => insert.run(kind, id, t, i));
}

/**
 * Inserts or overwrites rows by id without deleting the parent row (so no cascade can fire). Not
 * an UPSERT: an upsert's conflict handling overrides the OR IGNORE of the change-feed triggers, so
 * updating an item whose previous change is still queued would fail on the queue's key.
 */
function upsert(db: Db, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  const values = columns.map((c) => row[c]);
  if (exists(db, table, row.id as string)) {
    const changed = columns.filter((c) => c !== 'id');
    cached(db, `UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...changed.map((c) => row[c]), row.id);
  } else {
    cached(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...values);
  }
}

const meta = (e: { id: string; createdAt: string; updatedAt: string; deletedAt: string | null }) => ({ id: e.id, created_at: e.createdAt, updated_at: e.updatedAt, deleted_at: e.deletedAt });

export const WRITERS = {
  tag(db: Db, t: Bundle['tags'][number]) {
    upsert(db, 'tags', { ...meta(t), name: t.name, facet: t.facet, parent_id: t.parentId && exists(db, 'tags', t.parentId) && t.parentId !== t.id ? t.parentId : null });
  },
  person(db: Db, p: Bundle['people'][number]) {
    upsert(db, 'people', { ...meta(p), name: p.name, pseudonym: p.pseudonym, consent: p.consent, summary: p.summary });
    cached(db, 'DELETE FROM person_roles WHERE person_id = ?').run(p.id);
    const role = cached(db, 'INSERT INTO person_roles (person_id, position, role, organisation, place, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)');
    p.roles.forEach((r, i) => role.run(p.id, i, r.role, r.organisation, r.place, r.from, r.to));
    replaceTags(db, 'person', p.id, p.tagIds);
  },
  lesson(db: Db, l: Bundle['lessons'][number]) {
    upsert(db, 'lessons', { ...meta(l), title: l.title, summary: l.summary, related_words: JSON.stringify(l.relatedWords) });
    cached(db, 'DELETE FROM lesson_aliases WHERE lesson_id = ?').run(l.id);
    const alias = cached(db, 'INSERT INTO lesson_aliases (lesson_id, position, alias) VALUES (?, ?, ?)');
    l.aliases.forEach((a, i) => alias.run(l.id, i, a));
    replaceTags(db, 'lesson', l.id, l.tagIds);
  },
  source(db: Db, s: Bundle['sources'][number]) {
    const original = s.original && cached(db, 'SELECT 1 FROM originals WHERE sha256 = ?').get(s.original.sha256) ? s.original.sha256 : null;
    upsert(db, 'sources', { ...meta(s), title: s.title, kind: s.kind, outlet: s.outlet, date: s.date, url: s.url, language: s.language, text: s.text, original_sha256: original });
    cached(db, 'DELETE FROM source_people WHERE source_id = ?').run(s.id);
    const person = cached(db, 'INSERT OR IGNORE INTO source_people (source_id, person_id, part, position) VALUES (?, ?, ?, ?)');
    s.people.filter((p) => exists(db, 'people', p.personId)).forEach((p, i) => person.run(s.id, p.personId, p.part, i));
    cached(db, 'DELETE FROM source_speakers WHERE source_id = ?').run(s.id);
    const speaker = cached(db, 'INSERT OR IGNORE INTO source_speakers (source_id, label, person_id, position) VALUES (?, ?, ?, ?)');
    s.speakers.forEach((sp, i) => speaker.run(s.id, sp.label, sp.personId && exists(db, 'people', sp.personId) ? sp.personId : null, i));
    replaceTags(db, 'source', s.id, s.tagIds);
  },
  quote(db: Db, q: Bundle['quotes'][number]) {
    if (!exists(db, 'sources', q.sourceId)) throw new AppError('invalid_input', 'quoteSourceMissing', { id: q.id });
    upsert(db, 'quotes', {
      ...meta(q),
      source_id: q.sourceId,
      speaker_id: q.speakerId && exists(db, 'people', q.speakerId) ? q.speakerId : null,
      date_said: q.dateSaid,
      text: q.text,
      anchor_start: q.anchor.start,
      anchor_end: q.anchor.end,
      anchor_prefix: q.anchor.prefix,
      anchor_suffix: q.anchor.suffix,
      anchor_status: q.anchorStatus,
      annotation: q.annotation,
    });
    cached(db, 'DELETE FROM evidence WHERE quote_id = ?').run(q.id);
    const evidence = cached(db, 'INSERT OR IGNORE INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, ?, ?)');
    q.lessons.filter((l) => exists(db, 'lessons', l.lessonId)).forEach((l, i) => evidence.run(q.id, l.lessonId, l.stance, i));
    replaceTags(db, 'quote', q.id, q.tagIds);
  },
  note(db: Db, n: Bundle['notes'][number]) {
    const target = n.target && exists(db, ITEM_TABLES[n.target.kind].table, n.target.id) ? n.target : null;
    upsert(db, 'notes', { ...meta(n), target_kind: target?.kind ?? null, target_id: target?.id ?? null, title: n.title, doc_json: canonicalJson(n.doc), plain_text: extractDoc(n.doc).plainText });
    cached(db, "DELETE FROM links WHERE from_kind = 'note' AND from_id = ?").run(n.id);
    const link = cached(db, "INSERT OR IGNORE INTO links (from_kind, from_id, to_kind, to_id, kind) VALUES ('note', ?, ?, ?, 'mention')");
    for (const ref of extractDoc(n.doc).itemLinks) if (exists(db, ITEM_TABLES[ref.kind].table, ref.id)) link.run(n.id, ref.kind, ref.id);
  },
  collection(db: Db, c: Bundle['collection']) {
    upsert(db, 'collections', { ...meta(c), title: c.title, intro_json: c.intro ? canonicalJson(c.intro) : null, intro_text: c.intro ? extractDoc(c.intro).plainText : '' });
    cached(db, 'DELETE FROM collection_items WHERE collection_id = ?').run(c.id);
    const item = cached(db, 'INSERT INTO collection_items (collection_id, position, item_kind, item_id, heading, commentary) VALUES (?, ?, ?, ?, ?, ?)');
    c.items.filter((i) => exists(db, ITEM_TABLES[i.kind].table, i.itemId)).forEach((i, n) => item.run(c.id, n, i.kind, i.itemId, i.heading, i.commentary));
  },
};

/** Writes one item as the bundle holds it (a lesson with its relations to lessons that exist here). */
export function writeBundleItem(db: Db, kind: 'tag' | 'person' | 'lesson' | 'source' | 'quote' | 'note' | 'collection', item: object): void {
  if (kind === 'lesson') {
    const lesson = item as Bundle['lessons'][number];
    WRITERS.lesson(db, lesson);
    writeLessonRelations(db, lesson);
    return;
  }
  (WRITERS[kind] as (db: Db, item: object) => void)(db, item);
}


/** A lesson's relations, to the lessons that exist here (written after all lessons of a bundle). */
export function writeLessonRelations(db: Db, lesson: Bundle['lessons'][number]): void {
  cached(db, 'DELETE FROM lesson_relations WHERE from_id = ?').run(lesson.id);
  const relation = cached(db, 'INSERT OR IGNORE INTO lesson_relations (from_id, to_id, kind, position) VALUES (?, ?, ?, ?)');
  lesson.relations.filter((r) => r.lessonId !== lesson.id && exists(db, 'lessons', r.lessonId)).forEach((r, i) => relation.run(lesson.id, r.lessonId, r.kind, i));
}
