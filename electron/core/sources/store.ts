import type { ParsedInput } from '../../../shared/api/contract';
import type { Source, SourcePerson, SourceSummary } from '../../../shared/api/sources';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireDistinct, requireLive, restoreRow, softDelete } from '../db/rows';
import { notFound } from '../errors';
import { newId } from '../ids';
import { reanchorQuotesOfSource } from '../quotes/reanchor';
import { getTagIds, setTagIds } from '../tags/item-tags';
import { speakersOfSource } from './speakers';
import { cached } from '../db/statement-cache';

interface SourceRow extends MetaRow {
  title: string;
  kind: Source['kind'];
  outlet: string;
  date: string | null;
  url: string | null;
  language: string;
  text: string;
  original_sha256: string | null;
}

interface OriginalRow {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

function peopleOf(db: Db, sourceId: string): SourcePerson[] {
  return cached(db, 'SELECT person_id AS personId, part FROM source_people WHERE source_id = ? ORDER BY position')
    .all(sourceId) as SourcePerson[];
}

function writePeople(db: Db, sourceId: string, people: readonly SourcePerson[]): void {
  requireDistinct(
    people.map((p) => `${p.personId}:${p.part}`),
    'people',
  );
  for (const p of people) requireLive(db, 'people', p.personId, 'Profiel');
  cached(db, 'DELETE FROM source_people WHERE source_id = ?').run(sourceId);
  const insert = cached(db, 'INSERT INTO source_people (source_id, person_id, part, position) VALUES (?, ?, ?, ?)');
  people.forEach((p, i) => insert.run(sourceId, p.personId, p.part, i));
}

/** How many live quotes a source holds: `source` is `?` for one source, or `sources.id` inside a list's query. */
const liveQuoteCount = (source: string) => `SELECT COUNT(*) FROM quotes q WHERE q.source_id = ${source} AND q.deleted_at IS NULL`;

/** A source without its text and speakers, for lists: a page of 200 sources stays small whatever their length. */
export function getSourceSummary(db: Db, id: string): SourceSummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sources WHERE id = ?`).get(id) as Omit<SourceRow, 'text'> | undefined;
  return row ? summaryOf(db, row) : null;
}

const SUMMARY_COLUMNS = 'id, title, kind, outlet, date, url, language, original_sha256, created_at, updated_at, deleted_at';

function summaryOf(db: Db, row: Omit<SourceRow, 'text'>): SourceSummary {
  const original = row.original_sha256
    ? ((cached(db, 'SELECT sha256, name, mime, size FROM originals WHERE sha256 = ?').get(row.original_sha256) as OriginalRow | undefined) ?? null)
    : null;
  const quoteCount = cached(db, liveQuoteCount('?'))
    .pluck()
    .get(row.id) as number;
  return {
    ...metaOf(row),
    title: row.title,
    kind: row.kind,
    outlet: row.outlet,
    date: row.date,
    url: row.url,
    language: row.language,
    people: peopleOf(db, row.id),
    tagIds: getTagIds(db, 'source', row.id),
    original,
    quoteCount,
  };
}

export function getSource(db: Db, id: string): Source | null {
  const row = cached(db, 'SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
  if (!row) return null;
  return { ...summaryOf(db, row), text: row.text, speakers: speakersOfSource(db, id) };
}

export function requireSource(db: Db, id: string): Source {
  const source = getSource(db, id);
  if (!source) throw notFound('Bron', id);
  return source;
}

export function createSource(db: Db, input: ParsedInput<'sources.create'>, originalSha256: string | null = null): Source {
  const id = newId();
  const now = nowIso();
  cached(db, `INSERT INTO sources (id, title, kind, outlet, date, url, language, text, original_sha256, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.title, input.kind, input.outlet, input.date, input.url, input.language, input.text, originalSha256, now, now);
  writePeople(db, id, input.people);
  setTagIds(db, 'source', id, input.tagIds);
  return requireSource(db, id);
}

export function updateSource(db: Db, input: ParsedInput<'sources.update'>): Source {
  requireLive(db, 'sources', input.id, 'Bron');
  const current = requireSource(db, input.id);
  const next = {
    title: input.title ?? current.title,
    kind: input.kind ?? current.kind,
    outlet: input.outlet ?? current.outlet,
    date: input.date === undefined ? current.date : input.date,
    url: input.url === undefined ? current.url : input.url,
    language: input.language ?? current.language,
    text: input.text ?? current.text,
  };
  cached(db, 'UPDATE sources SET title = ?, kind = ?, outlet = ?, date = ?, url = ?, language = ?, text = ?, updated_at = ? WHERE id = ?',
  ).run(next.title, next.kind, next.outlet, next.date, next.url, next.language, next.text, nowIso(), input.id);
  if (input.people) writePeople(db, input.id, input.people);
  if (input.tagIds) setTagIds(db, 'source', input.id, input.tagIds);
  if (input.text !== undefined && input.text !== current.text) reanchorQuotesOfSource(db, input.id, next.text);
  return requireSource(db, input.id);
}

export function listSources(db: Db, input: ParsedInput<'sources.list'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.personId) {
    where.push('id IN (SELECT source_id FROM source_people WHERE person_id = ?)');
    params.push(input.personId);
  }
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'sources',
      kind: 'source',
      sortColumns: {
        title: ['title COLLATE NOCASE'],
        date: ["coalesce(date, '')"],
        // Counted through the quotes_source index, one lookup per source.
        quoteCount: [`(${liveQuoteCount('sources.id')})`, 'title COLLATE NOCASE'],
        createdAt: ['created_at'],
        updatedAt: ['updated_at'],
      },
      where,
      params,
    },
    input,
  );
  return { items: ids.flatMap((id) => getSourceSummary(db, id) ?? []), total, next };
}

/** A source goes to the trash with its quotes, marked with one timestamp so they return together. */
export function deleteSource(db: Db, id: string): Source {
  const at = nowIso();
  softDelete(db, 'sources', id, 'Bron', at);
  cached(db, 'UPDATE quotes SET deleted_at = ? WHERE source_id = ? AND deleted_at IS NULL').run(at, id);
  return requireSource(db, id);
}

export function restoreSource(db: Db, id: string): Source {
  const deletedAt = restoreRow(db, 'sources', id, 'Bron');
  cached(db, 'UPDATE quotes SET deleted_at = NULL WHERE source_id = ? AND deleted_at = ?').run(id, deletedAt);
  return requireSource(db, id);
}
