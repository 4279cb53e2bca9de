import type { ParsedInput } from '../../../shared/api/contract';
import type { Lesson, LessonRelation } from '../../../shared/api/lessons';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireDistinct, requireLive, restoreRow, softDelete } from '../db/rows';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { getTagIds, setTagIds } from '../tags/item-tags';
import { normalize } from '../../../shared/text/normalize';
import { cached } from '../db/statement-cache';

interface LessonRow extends MetaRow {
  related_words: string;
  title: string;
  summary: string;
}

/** Related words once each, ignoring case and accents, in the order given. */
export function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = normalize(w.trim());
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function aliasesOf(db: Db, lessonId: string): string[] {
  return cached(db, 'SELECT alias FROM lesson_aliases WHERE lesson_id = ? ORDER BY position').pluck().all(lessonId) as string[];
}

function writeAliases(db: Db, lessonId: string, aliases: readonly string[]): void {
  cached(db, 'DELETE FROM lesson_aliases WHERE lesson_id = ?').run(lessonId);
  const insert = cached(db, 'INSERT INTO lesson_aliases (lesson_id, position, alias) VALUES (?, ?, ?)');
  // Same phrasing twice adds nothing; keep the first.
  const seen = new Set<string>();
  const unique = aliases.filter((a) => {
    const key = a.toLocaleLowerCase('nl');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.forEach((alias, i) => insert.run(lessonId, i, alias));
}

function relationsOf(db: Db, lessonId: string): LessonRelation[] {
  return cached(db, 'SELECT to_id AS lessonId, kind FROM lesson_relations WHERE from_id = ? ORDER BY position')
    .all(lessonId) as LessonRelation[];
}

function writeRelations(db: Db, lessonId: string, relations: readonly LessonRelation[]): void {
  requireDistinct(
    relations.map((r) => `${r.lessonId}:${r.kind}`),
    'relations',
  );
  for (const r of relations) {
    if (r.lessonId === lessonId) throw new AppError('invalid_input', 'lessonSelfRelation');
    requireLive(db, 'lessons', r.lessonId, 'Les');
  }
  cached(db, 'DELETE FROM lesson_relations WHERE from_id = ?').run(lessonId);
  const insert = cached(db, 'INSERT INTO lesson_relations (from_id, to_id, kind, position) VALUES (?, ?, ?, ?)');
  relations.forEach((r, i) => insert.run(lessonId, r.lessonId, r.kind, i));
}

/** How many live quotes are evidence for a lesson: `lesson` is `?` for one lesson, or `lessons.id` inside a list's query. */
const liveEvidenceCount = (lesson: string) => `SELECT COUNT(*) FROM evidence e JOIN quotes q ON q.id = e.quote_id AND q.deleted_at IS NULL WHERE e.lesson_id = ${lesson}`;

export function getLesson(db: Db, id: string): Lesson | null {
  const row = cached(db, 'SELECT * FROM lessons WHERE id = ?').get(id) as LessonRow | undefined;
  if (!row) return null;
  const evidenceCount = cached(db, liveEvidenceCount('?')).pluck().get(id) as number;
  return {
    ...metaOf(row),
    title: row.title,
    summary: row.summary,
    aliases: aliasesOf(db, id),
    relatedWords: JSON.parse(row.related_words) as string[],
    relations: relationsOf(db, id),
    tagIds: getTagIds(db, 'lesson', id),
    evidenceCount,
  };
}

export function requireLesson(db: Db, id: string): Lesson {
  const lesson = getLesson(db, id);
  if (!lesson) throw notFound('Les', id);
  return lesson;
}

export function createLesson(db: Db, input: ParsedInput<'lessons.create'>): Lesson {
  const id = newId();
  const now = nowIso();
  cached(db, 'INSERT INTO lessons (id, title, summary, related_words, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    input.title,
    input.summary,
    JSON.stringify(uniqueWords(input.relatedWords)),
    now,
    now,
  );
  writeAliases(db, id, input.aliases);
  writeRelations(db, id, input.relations);
  setTagIds(db, 'lesson', id, input.tagIds);
  return requireLesson(db, id);
}

export function updateLesson(db: Db, input: ParsedInput<'lessons.update'>): Lesson {
  requireLive(db, 'lessons', input.id, 'Les');
  const current = requireLesson(db, input.id);
  cached(db, 'UPDATE lessons SET title = ?, summary = ?, related_words = ?, updated_at = ? WHERE id = ?').run(
    input.title ?? current.title,
    input.summary ?? current.summary,
    JSON.stringify(uniqueWords(input.relatedWords ?? current.relatedWords)),
    nowIso(),
    input.id,
  );
  if (input.aliases) writeAliases(db, input.id, input.aliases);
  if (input.relations) writeRelations(db, input.id, input.relations);
  if (input.tagIds) setTagIds(db, 'lesson', input.id, input.tagIds);
  return requireLesson(db, input.id);
}

export function listLessons(db: Db, input: ParsedInput<'lessons.list'>) {
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'lessons',
      kind: 'lesson',
      sortColumns: {
        title: ['title COLLATE NOCASE'],
        // Live quotes as evidence, counted per row of the page query (a few hundred lessons at most).
        quoteCount: [`(${liveEvidenceCount('lessons.id')})`, 'title COLLATE NOCASE'],
        createdAt: ['created_at'],
        updatedAt: ['updated_at'],
      },
    },
    input,
  );
  return { items: ids.map((id) => requireLesson(db, id)), total, next };
}

export function deleteLesson(db: Db, id: string): Lesson {
  softDelete(db, 'lessons', id, 'Les');
  return requireLesson(db, id);
}

export function restoreLesson(db: Db, id: string): Lesson {
  restoreRow(db, 'lessons', id, 'Les');
  return requireLesson(db, id);
}
