import { type Bundle, bundleSchema, type ImportReport } from '../../../shared/api/bundle';
import { extractDoc } from '../../../shared/lexical/extract';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { getCollection } from '../collections/store';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';
import { AppError } from '../errors';
import { getLesson } from '../lessons/store';
import { getNote } from '../notes/store';
import { getPerson } from '../people/store';
import { getQuote } from '../quotes/store';
import { getSource } from '../sources/store';
import { getTag } from '../tags/store';
import { parseUntrustedJson } from './safe-json';

/** Fields that are derived or local (counts, the stored original, the clock), not content. */
const DERIVED = new Set(['updatedAt', 'quoteCount', 'evidenceCount', 'original', 'plainText', 'links']);
const content = (value: object): string => canonicalJson(value, (key, v) => (DERIVED.has(key) ? undefined : v));

const exists = (db: Db, table: string, id: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

function replaceTags(db: Db, kind: string, id: string, tagIds: readonly string[]): void {
  db.prepare('DELETE FROM item_tags WHERE item_kind = ? AND item_id = ?').run(kind, id);
  const insert = db.prepare('INSERT OR IGNORE INTO item_tags (item_kind, item_id, tag_id, position) VALUES (?, ?, ?, ?)');
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
    db.prepare(`UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...changed.map((c) => row[c]), row.id);
  } else {
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...values);
  }
}

const meta = (e: { id: string; createdAt: string; updatedAt: string; deletedAt: string | null }) => ({ id: e.id, created_at: e.createdAt, updated_at: e.updatedAt, deleted_at: e.deletedAt });

const WRITERS = {
  tag(db: Db, t: Bundle['tags'][number]) {
    upsert(db, 'tags', { ...meta(t), name: t.name, facet: t.facet, parent_id: t.parentId && exists(db, 'tags', t.parentId) && t.parentId !== t.id ? t.parentId : null });
  },
  person(db: Db, p: Bundle['people'][number]) {
    upsert(db, 'people', { ...meta(p), name: p.name, pseudonym: p.pseudonym, consent: p.consent, summary: p.summary });
    db.prepare('DELETE FROM person_roles WHERE person_id = ?').run(p.id);
    const role = db.prepare('INSERT INTO person_roles (person_id, position, role, organisation, place, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)');
    p.roles.forEach((r, i) => role.run(p.id, i, r.role, r.organisation, r.place, r.from, r.to));
    replaceTags(db, 'person', p.id, p.tagIds);
  },
  lesson(db: Db, l: Bundle['lessons'][number]) {
    upsert(db, 'lessons', { ...meta(l), title: l.title, summary: l.summary, related_words: JSON.stringify(l.relatedWords) });
    db.prepare('DELETE FROM lesson_aliases WHERE lesson_id = ?').run(l.id);
    const alias = db.prepare('INSERT INTO lesson_aliases (lesson_id, position, alias) VALUES (?, ?, ?)');
    l.aliases.forEach((a, i) => alias.run(l.id, i, a));
    replaceTags(db, 'lesson', l.id, l.tagIds);
  },
  source(db: Db, s: Bundle['sources'][number]) {
    const original = s.original && db.prepare('SELECT 1 FROM originals WHERE sha256 = ?').get(s.original.sha256) ? s.original.sha256 : null;
    upsert(db, 'sources', { ...meta(s), title: s.title, kind: s.kind, outlet: s.outlet, date: s.date, url: s.url, language: s.language, text: s.text, original_sha256: original });
    db.prepare('DELETE FROM source_people WHERE source_id = ?').run(s.id);
    const person = db.prepare('INSERT OR IGNORE INTO source_people (source_id, person_id, part, position) VALUES (?, ?, ?, ?)');
    s.people.filter((p) => exists(db, 'people', p.personId)).forEach((p, i) => person.run(s.id, p.personId, p.part, i));
    db.prepare('DELETE FROM source_speakers WHERE source_id = ?').run(s.id);
    const speaker = db.prepare('INSERT OR IGNORE INTO source_speakers (source_id, label, person_id, position) VALUES (?, ?, ?, ?)');
    s.speakers.forEach((sp, i) => speaker.run(s.id, sp.label, sp.personId && exists(db, 'people', sp.personId) ? sp.personId : null, i));
    replaceTags(db, 'source', s.id, s.tagIds);
  },
  quote(db: Db, q: Bundle['quotes'][number]) {
    if (!exists(db, 'sources', q.sourceId)) throw new AppError('invalid_input', `Citaat ${q.id} verwijst naar een bron die niet in de bundel of de bibliotheek staat.`);
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
    db.prepare('DELETE FROM evidence WHERE quote_id = ?').run(q.id);
    const evidence = db.prepare('INSERT OR IGNORE INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, ?, ?)');
    q.lessons.filter((l) => exists(db, 'lessons', l.lessonId)).forEach((l, i) => evidence.run(q.id, l.lessonId, l.stance, i));
    replaceTags(db, 'quote', q.id, q.tagIds);
  },
  note(db: Db, n: Bundle['notes'][number]) {
    const target = n.target && exists(db, ITEM_TABLES[n.target.kind].table, n.target.id) ? n.target : null;
    upsert(db, 'notes', { ...meta(n), target_kind: target?.kind ?? null, target_id: target?.id ?? null, title: n.title, doc_json: canonicalJson(n.doc), plain_text: extractDoc(n.doc).plainText });
    db.prepare("DELETE FROM links WHERE from_kind = 'note' AND from_id = ?").run(n.id);
    const link = db.prepare("INSERT OR IGNORE INTO links (from_kind, from_id, to_kind, to_id, kind) VALUES ('note', ?, ?, ?, 'mention')");
    for (const ref of extractDoc(n.doc).itemLinks) if (exists(db, ITEM_TABLES[ref.kind].table, ref.id)) link.run(n.id, ref.kind, ref.id);
  },
  collection(db: Db, c: Bundle['collection']) {
    upsert(db, 'collections', { ...meta(c), title: c.title, intro_json: c.intro ? canonicalJson(c.intro) : null, intro_text: c.intro ? extractDoc(c.intro).plainText : '' });
    db.prepare('DELETE FROM collection_items WHERE collection_id = ?').run(c.id);
    const item = db.prepare('INSERT INTO collection_items (collection_id, position, item_kind, item_id, heading, commentary) VALUES (?, ?, ?, ?, ?, ?)');
    c.items.filter((i) => exists(db, ITEM_TABLES[i.kind].table, i.itemId)).forEach((i, n) => item.run(c.id, n, i.kind, i.itemId, i.heading, i.commentary));
  },
};

/** Writes one item as the bundle holds it (a lesson with its relations to lessons that exist here). */
export function writeBundleItem(db: Db, kind: 'tag' | 'person' | 'lesson' | 'source' | 'quote' | 'note' | 'collection', item: object): void {
  if (kind === 'lesson') {
    const lesson = item as Bundle['lessons'][number];
    WRITERS.lesson(db, lesson);
    db.prepare('DELETE FROM lesson_relations WHERE from_id = ?').run(lesson.id);
    const relation = db.prepare('INSERT OR IGNORE INTO lesson_relations (from_id, to_id, kind, position) VALUES (?, ?, ?, ?)');
    lesson.relations.filter((r) => r.lessonId !== lesson.id && exists(db, 'lessons', r.lessonId)).forEach((r, i) => relation.run(lesson.id, r.lessonId, r.kind, i));
    return;
  }
  (WRITERS[kind] as (db: Db, item: object) => void)(db, item);
}

/** Items to merge into the library by id: a bundle's, or what a REFI-QDA project maps to. */
export interface MergeSet {
  tags: Bundle['tags'];
  people: Bundle['people'];
  lessons: Bundle['lessons'];
  sources: Bundle['sources'];
  quotes: Bundle['quotes'];
  notes: Bundle['notes'];
  collections: Bundle['collection'][];
}

/**
 * Merges a colleague's bundle by id, in one transaction: new items are added; an item that
 * exists here with other content keeps the newer version, and every such conflict is reported;
 * the same bundle imported twice changes nothing. An invalid or hostile bundle is refused whole.
 */
export function importBundle(db: Db, json: string): ImportReport {
  const parsed = bundleSchema.safeParse(parseUntrustedJson(json, 'De bundel'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', `De bundel wordt geweigerd: ${issue?.path.join('.') || 'bundel'}: ${issue?.message ?? 'ongeldig'}`);
  }
  const { collection, ...bundle } = parsed.data;
  return mergeItems(db, { ...bundle, collections: [collection] });
}

export interface MergeOptions {
  /**
   * What of an item the incoming format can carry: only that is compared, so what it cannot
   * carry (a quote's stance in REFI-QDA) is not a difference. Without it, everything is compared.
   */
  comparable?: (kind: string, item: object) => object;
  /** A lossy format never overwrites an item here: a difference is reported as a conflict, the local version kept. */
  neverOverwrite?: boolean;
}

/** Merges items by id in one transaction (see importBundle); the caller has validated them. */
export function mergeItems(db: Db, set: MergeSet, options: MergeOptions = {}): ImportReport {
  const comparable = options.comparable ?? ((_kind: string, item: object) => item);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] };

  const merge = <T extends { id: string; updatedAt: string }>(kind: string, incoming: T, local: T | null, title: string, write: () => void) => {
    if (!local) {
      write();
      report.added++;
    } else if (content(comparable(kind, local)) === content(comparable(kind, incoming))) {
      report.unchanged++;
    } else {
      const incomingIsNewer = !options.neverOverwrite && incoming.updatedAt > local.updatedAt;
      if (incomingIsNewer) {
        write();
        report.updated++;
      }
      report.conflicts.push({ kind, id: incoming.id, title, kept: incomingIsNewer ? 'bundle' : 'local' });
    }
  };

  db.transaction(() => {
    // Parents before children: labels by depth, lessons before their relations, sources before quotes.
    const tagParent = new Map(set.tags.map((t) => [t.id, t.parentId]));
    const depth = (id: string | null, seen = 0): number => (!id || seen > 100 ? 0 : 1 + depth(tagParent.get(id) ?? null, seen + 1));
    for (const tag of [...set.tags].sort((a, b) => depth(a.parentId) - depth(b.parentId))) merge('tag', tag, getTag(db, tag.id), tag.name, () => WRITERS.tag(db, tag));
    for (const person of set.people) merge('person', person, getPerson(db, person.id), person.name, () => WRITERS.person(db, person));
    const writtenLessons = new Set<string>();
    for (const lesson of set.lessons) merge('lesson', lesson, getLesson(db, lesson.id), lesson.title, () => (WRITERS.lesson(db, lesson), writtenLessons.add(lesson.id)));
    for (const lesson of set.lessons.filter((l) => writtenLessons.has(l.id))) {
      db.prepare('DELETE FROM lesson_relations WHERE from_id = ?').run(lesson.id);
      const relation = db.prepare('INSERT OR IGNORE INTO lesson_relations (from_id, to_id, kind, position) VALUES (?, ?, ?, ?)');
      lesson.relations.filter((r) => r.lessonId !== lesson.id && exists(db, 'lessons', r.lessonId)).forEach((r, i) => relation.run(lesson.id, r.lessonId, r.kind, i));
    }
    for (const source of set.sources) merge('source', source, getSource(db, source.id), source.title, () => WRITERS.source(db, source));
    for (const quote of set.quotes) merge('quote', quote, getQuote(db, quote.id), quote.text.slice(0, 80), () => WRITERS.quote(db, quote));
    for (const note of set.notes) merge('note', note, getNote(db, note.id), note.title || note.plainText.slice(0, 80), () => WRITERS.note(db, note));
    for (const collection of set.collections) {
      const local = getCollection(db, collection.id);
      merge('collection', collection, local && (({ itemTitles: _titles, ...rest }) => rest)(local), collection.title, () => WRITERS.collection(db, collection));
    }
  })();
  return report;
}
