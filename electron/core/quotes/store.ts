import { VALIDATION } from '../../../shared/api/validation-messages';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Quote, QuoteLesson, QuoteSummary } from '../../../shared/api/quotes';
import { makeAnchor } from '../../../shared/text/anchor';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireDistinct, requireLive, restoreRow, softDelete } from '../db/rows';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { requireSource } from '../sources/store';
import { getTagIds, setTagIds } from '../tags/item-tags';
import { cached } from '../db/statement-cache';

interface QuoteRow extends MetaRow {
  source_id: string;
  speaker_id: string | null;
  date_said: string | null;
  text: string;
  anchor_start: number;
  anchor_end: number;
  anchor_prefix: string;
  anchor_suffix: string;
  anchor_status: Quote['anchorStatus'];
  annotation: string;
}

function lessonsOf(db: Db, quoteId: string): QuoteLesson[] {
  return cached(db, 'SELECT lesson_id AS lessonId, stance FROM evidence WHERE quote_id = ? ORDER BY position')
    .all(quoteId) as QuoteLesson[];
}

function writeLessons(db: Db, quoteId: string, lessons: readonly QuoteLesson[]): void {
  requireDistinct(
    lessons.map((l) => l.lessonId),
    'lessons',
  );
  for (const l of lessons) requireLive(db, 'lessons', l.lessonId, 'Les');
  cached(db, 'DELETE FROM evidence WHERE quote_id = ?').run(quoteId);
  const insert = cached(db, 'INSERT INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, ?, ?)');
  lessons.forEach((l, i) => insert.run(quoteId, l.lessonId, l.stance, i));
}

function checkSelection(text: string, start: number, end: number): void {
  if (end > text.length || start >= end) {
    throw new AppError('invalid_input', 'selectionOutside', { start, end, length: text.length }, { issues: [{ path: 'end', message: VALIDATION.outsideText, key: 'outsideText' }] });
  }
  if (text.slice(start, end).trim() === '') throw new AppError('invalid_input', 'selectionBlank');
}

function quoteOf(row: QuoteRow, lessons: QuoteLesson[], tagIds: string[]): Quote {
  return {
    ...metaOf(row),
    sourceId: row.source_id,
    speakerId: row.speaker_id,
    dateSaid: row.date_said,
    text: row.text,
    anchor: { start: row.anchor_start, end: row.anchor_end, prefix: row.anchor_prefix, suffix: row.anchor_suffix },
    anchorStatus: row.anchor_status,
    annotation: row.annotation,
    lessons,
    tagIds,
  };
}

/** Many quotes by id in a few queries (exports, bundles), in the order asked, the missing left out. */
export function getQuotes(db: Db, ids: readonly string[]): Quote[] {
  const out: Quote[] = [];
  // json_each takes any number, but a bounded batch keeps each statement's memory small.
  for (let at = 0; at < ids.length; at += 5000) {
    for (const { speakerName: _name, sourceTitle: _title, ...quote } of quoteSummaries(db, ids.slice(at, at + 5000))) out.push(quote);
  }
  return out;
}

/**
 * A page of the quotes list in three queries whatever its length: the quotes joined with their
 * speaker and source, then the evidence and labels of all of them at once.
 */
function quoteSummaries(db: Db, ids: readonly string[]): QuoteSummary[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const rows = cached(db, `SELECT q.*, p.name AS speaker_name, s.title AS source_title FROM quotes q
       JOIN sources s ON s.id = q.source_id LEFT JOIN people p ON p.id = q.speaker_id
       WHERE q.id IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as (QuoteRow & { speaker_name: string | null; source_title: string })[];
  const lessons = new Map<string, QuoteLesson[]>();
  for (const e of cached(db, 'SELECT quote_id, lesson_id AS lessonId, stance FROM evidence WHERE quote_id IN (SELECT value FROM json_each(?)) ORDER BY quote_id, position')
    .all(json) as (QuoteLesson & { quote_id: string })[]) {
    const list = lessons.get(e.quote_id) ?? [];
    list.push({ lessonId: e.lessonId, stance: e.stance });
    lessons.set(e.quote_id, list);
  }
  const tags = new Map<string, string[]>();
  for (const [quoteId, tagId] of cached(db, "SELECT item_id, tag_id FROM item_tags WHERE item_kind = 'quote' AND item_id IN (SELECT value FROM json_each(?)) ORDER BY item_id, position")
    .raw()
    .all(json) as [string, string][]) {
    const list = tags.get(quoteId) ?? [];
    list.push(tagId);
    tags.set(quoteId, list);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...quoteOf(row, lessons.get(id) ?? [], tags.get(id) ?? []), speakerName: row.speaker_name, sourceTitle: row.source_title }] : [];
  });
}

export function getQuote(db: Db, id: string): Quote | null {
  const row = cached(db, 'SELECT * FROM quotes WHERE id = ?').get(id) as QuoteRow | undefined;
  if (!row) return null;
  return quoteOf(row, lessonsOf(db, id), getTagIds(db, 'quote', id));
}

export function requireQuote(db: Db, id: string): Quote {
  const quote = getQuote(db, id);
  if (!quote) throw notFound('Citaat', id);
  return quote;
}

export function createQuote(db: Db, input: ParsedInput<'quotes.create'>): Quote {
  requireLive(db, 'sources', input.sourceId, 'Bron');
  const source = requireSource(db, input.sourceId);
  checkSelection(source.text, input.start, input.end);
  if (input.speakerId) requireLive(db, 'people', input.speakerId, 'Profiel');
  const anchor = makeAnchor(source.text, input.start, input.end);
  const dateSaid = input.dateSaid === undefined ? source.date : input.dateSaid;
  const id = newId();
  const now = nowIso();
  cached(db, `INSERT INTO quotes (id, source_id, speaker_id, date_said, text, anchor_start, anchor_end, anchor_prefix, anchor_suffix,
       annotation, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.sourceId, input.speakerId, dateSaid, anchor.exact, anchor.start, anchor.end, anchor.prefix, anchor.suffix, input.annotation, now, now);
  writeLessons(db, id, input.lessons);
  setTagIds(db, 'quote', id, input.tagIds);
  return requireQuote(db, id);
}

export function updateQuote(db: Db, input: ParsedInput<'quotes.update'>): Quote {
  requireLive(db, 'quotes', input.id, 'Citaat');
  const current = requireQuote(db, input.id);
  if (input.start !== undefined || input.end !== undefined) {
    const source = requireSource(db, current.sourceId);
    const start = input.start ?? current.anchor.start;
    const end = input.end ?? current.anchor.end;
    checkSelection(source.text, start, end);
    const anchor = makeAnchor(source.text, start, end);
    cached(db, `UPDATE quotes SET text = ?, anchor_start = ?, anchor_end = ?, anchor_prefix = ?, anchor_suffix = ?, anchor_status = 'anchored' WHERE id = ?`,
    ).run(anchor.exact, anchor.start, anchor.end, anchor.prefix, anchor.suffix, input.id);
  }
  if (input.speakerId) requireLive(db, 'people', input.speakerId, 'Profiel');
  cached(db, 'UPDATE quotes SET speaker_id = ?, date_said = ?, annotation = ?, updated_at = ? WHERE id = ?').run(
    input.speakerId === undefined ? current.speakerId : input.speakerId,
    input.dateSaid === undefined ? current.dateSaid : input.dateSaid,
    input.annotation ?? current.annotation,
    nowIso(),
    input.id,
  );
  if (input.lessons) writeLessons(db, input.id, input.lessons);
  if (input.tagIds) setTagIds(db, 'quote', input.id, input.tagIds);
  return requireQuote(db, input.id);
}

export function listQuotes(db: Db, input: ParsedInput<'quotes.list'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.sourceId) {
    where.push('source_id = ?');
    params.push(input.sourceId);
  }
  if (input.speakerId) {
    where.push('speaker_id = ?');
    params.push(input.speakerId);
  }
  if (input.lessonId) {
    where.push('id IN (SELECT quote_id FROM evidence WHERE lesson_id = ?)');
    params.push(input.lessonId);
  }
  if (input.tagId) {
    // A label counts with the labels below it: "Rotterdam" finds the quotes labelled "Rotterdam-Zuid".
    const below = `WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN below b ON t.parent_id = b.id WHERE t.deleted_at IS NULL) SELECT id FROM below`;
    where.push(
      `(id IN (SELECT item_id FROM item_tags WHERE item_kind = 'quote' AND tag_id IN (${below})) OR source_id IN (SELECT item_id FROM item_tags WHERE item_kind = 'source' AND tag_id IN (${below})))`,
    );
    params.push(input.tagId, input.tagId);
  }
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'quotes',
      kind: 'quote',
      sortColumns: {
        dateSaid: ["coalesce(date_said, '')"],
        // The speaker's name, then when it was said; quotes without a speaker first (ascending).
        speaker: ["coalesce((SELECT p.name FROM people p WHERE p.id = quotes.speaker_id), '') COLLATE NOCASE", "coalesce(date_said, '')"],
        createdAt: ['created_at'],
        updatedAt: ['updated_at'],
        position: ['source_id', 'anchor_start'],
      },
      where,
      params,
    },
    input,
  );
  return { items: quoteSummaries(db, ids), total, next };
}

export function deleteQuote(db: Db, id: string): Quote {
  softDelete(db, 'quotes', id, 'Citaat');
  return requireQuote(db, id);
}

export function restoreQuote(db: Db, id: string): Quote {
  const quote = requireQuote(db, id);
  if (!quote.deletedAt) throw new AppError('conflict', 'notInTrash', {}, { detail: `citaat ${id}` });
  // A quote cannot come back into a source that is still in the trash: restore the source first.
  requireLive(db, 'sources', quote.sourceId, 'Bron');
  restoreRow(db, 'quotes', id, 'Citaat');
  return requireQuote(db, id);
}
