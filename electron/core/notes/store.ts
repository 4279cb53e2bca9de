import type { ParsedInput } from '../../../shared/api/contract';
import type { ItemRef } from '../../../shared/api/items';
import type { Note } from '../../../shared/api/notes';
import type { LexicalDoc } from '../../../shared/lexical/document';
import { extractDoc } from '../../../shared/lexical/extract';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { ITEM_TABLES } from '../db/item-tables';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireLive, restoreRow, softDelete } from '../db/rows';
import { notFound } from '../errors';
import { newId } from '../ids';
import { cached } from '../db/statement-cache';

interface NoteRow extends MetaRow {
  target_kind: ItemRef['kind'] | null;
  target_id: string | null;
  title: string;
  doc_json: string;
  plain_text: string;
}

function linksOf(db: Db, noteId: string): ItemRef[] {
  return cached(db, `SELECT to_kind AS kind, to_id AS id FROM links WHERE from_kind = 'note' AND from_id = ? AND kind = 'mention' ORDER BY rowid`)
    .all(noteId) as ItemRef[];
}

/**
 * Plain text and links are derived once, on save, so that search and backlinks never parse
 * Lexical JSON at query time. Mentions of items that do not exist are dropped, not stored.
 */
function writeDerived(db: Db, noteId: string, doc: LexicalDoc): string {
  const { plainText, itemLinks } = extractDoc(doc);
  cached(db, `DELETE FROM links WHERE from_kind = 'note' AND from_id = ?`).run(noteId);
  const insert = cached(db, `INSERT OR IGNORE INTO links (from_kind, from_id, to_kind, to_id, kind) VALUES ('note', ?, ?, ?, 'mention')`);
  for (const ref of itemLinks) {
    const exists = db.prepare(`SELECT 1 FROM ${ITEM_TABLES[ref.kind].table} WHERE id = ?`).get(ref.id);
    if (exists) insert.run(noteId, ref.kind, ref.id);
  }
  return plainText;
}

export function getNote(db: Db, id: string): Note | null {
  const row = cached(db, 'SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  if (!row) return null;
  return {
    ...metaOf(row),
    target: row.target_kind && row.target_id ? { kind: row.target_kind, id: row.target_id } : null,
    title: row.title,
    doc: JSON.parse(row.doc_json) as LexicalDoc,
    plainText: row.plain_text,
    links: linksOf(db, id),
  };
}

export function requireNote(db: Db, id: string): Note {
  const note = getNote(db, id);
  if (!note) throw notFound('Notitie', id);
  return note;
}

export function createNote(db: Db, input: ParsedInput<'notes.create'>): Note {
  if (input.target) requireLive(db, ITEM_TABLES[input.target.kind].table, input.target.id, ITEM_TABLES[input.target.kind].label);
  const id = newId();
  const now = nowIso();
  cached(db, 'INSERT INTO notes (id, target_kind, target_id, title, doc_json, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.target?.kind ?? null, input.target?.id ?? null, input.title, canonicalJson(input.doc), '', now, now);
  const plain = writeDerived(db, id, input.doc);
  cached(db, 'UPDATE notes SET plain_text = ? WHERE id = ?').run(plain, id);
  return requireNote(db, id);
}

export function updateNote(db: Db, input: ParsedInput<'notes.update'>): Note {
  requireLive(db, 'notes', input.id, 'Notitie');
  const current = requireNote(db, input.id);
  const doc = input.doc ?? current.doc;
  const plain = input.doc ? writeDerived(db, input.id, input.doc) : current.plainText;
  cached(db, 'UPDATE notes SET title = ?, doc_json = ?, plain_text = ?, updated_at = ? WHERE id = ?').run(
    input.title ?? current.title,
    canonicalJson(doc),
    plain,
    nowIso(),
    input.id,
  );
  return requireNote(db, input.id);
}

export function listNotes(db: Db, input: ParsedInput<'notes.list'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.targetKind) {
    where.push('target_kind = ?');
    params.push(input.targetKind);
  }
  if (input.targetId) {
    where.push('target_id = ?');
    params.push(input.targetId);
  }
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'notes',
      kind: 'note',
      sortColumns: { title: ['title COLLATE NOCASE'], createdAt: ['created_at'], updatedAt: ['updated_at'] },
      where,
      params,
    },
    input,
  );
  return { items: ids.map((id) => requireNote(db, id)), total, next };
}

export function deleteNote(db: Db, id: string): Note {
  softDelete(db, 'notes', id, 'Notitie');
  return requireNote(db, id);
}

export function restoreNote(db: Db, id: string): Note {
  restoreRow(db, 'notes', id, 'Notitie');
  return requireNote(db, id);
}
