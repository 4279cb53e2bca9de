import { VALIDATION } from '../../../shared/api/validation-messages';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Person, PersonRole } from '../../../shared/api/people';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';
import { pageIds } from '../db/paging';
import { type MetaRow, metaOf, requireLive, restoreRow, softDelete } from '../db/rows';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { getTagIds, setTagIds } from '../tags/item-tags';
import { cached } from '../db/statement-cache';

interface PersonRow extends MetaRow {
  name: string;
  pseudonym: string | null;
  consent: Person['consent'];
  summary: string;
}

interface RoleRow {
  role: string;
  organisation: string;
  place: string;
  date_from: string | null;
  date_to: string | null;
}

function rolesOf(db: Db, personId: string): PersonRole[] {
  const rows = cached(db, 'SELECT role, organisation, place, date_from, date_to FROM person_roles WHERE person_id = ? ORDER BY position')
    .all(personId) as RoleRow[];
  return rows.map((r) => ({ role: r.role, organisation: r.organisation, place: r.place, from: r.date_from, to: r.date_to }));
}

function writeRoles(db: Db, personId: string, roles: readonly PersonRole[]): void {
  cached(db, 'DELETE FROM person_roles WHERE person_id = ?').run(personId);
  const insert = cached(db, 'INSERT INTO person_roles (person_id, position, role, organisation, place, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  roles.forEach((r, i) => insert.run(personId, i, r.role, r.organisation, r.place, r.from, r.to));
}

/** A pseudonymised export needs a pseudonym to show instead of the name. */
function checkConsent(consent: Person['consent'], pseudonym: string | null): void {
  if (consent === 'pseudonym' && !pseudonym) {
    throw new AppError('invalid_input', 'pseudonymNeeded', {}, { issues: [{ path: 'pseudonym', message: VALIDATION.pseudonymMissing, key: 'pseudonymMissing' }] });
  }
}

export function getPerson(db: Db, id: string): Person | null {
  const row = cached(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) return null;
  return {
    ...metaOf(row),
    name: row.name,
    pseudonym: row.pseudonym,
    consent: row.consent,
    summary: row.summary,
    roles: rolesOf(db, row.id),
    tagIds: getTagIds(db, 'person', row.id),
  };
}

export function requirePerson(db: Db, id: string): Person {
  const person = getPerson(db, id);
  if (!person) throw notFound('Profiel', id);
  return person;
}

export function createPerson(db: Db, input: ParsedInput<'people.create'>): Person {
  checkConsent(input.consent, input.pseudonym);
  const id = newId();
  const now = nowIso();
  cached(db, 'INSERT INTO people (id, name, pseudonym, consent, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.name, input.pseudonym || null, input.consent, input.summary, now, now);
  writeRoles(db, id, input.roles);
  setTagIds(db, 'person', id, input.tagIds);
  return requirePerson(db, id);
}

export function updatePerson(db: Db, input: ParsedInput<'people.update'>): Person {
  requireLive(db, 'people', input.id, 'Profiel');
  const current = requirePerson(db, input.id);
  const next = {
    name: input.name ?? current.name,
    pseudonym: input.pseudonym === undefined ? current.pseudonym : input.pseudonym || null,
    consent: input.consent ?? current.consent,
    summary: input.summary ?? current.summary,
  };
  checkConsent(next.consent, next.pseudonym);
  cached(db, 'UPDATE people SET name = ?, pseudonym = ?, consent = ?, summary = ?, updated_at = ? WHERE id = ?').run(
    next.name,
    next.pseudonym,
    next.consent,
    next.summary,
    nowIso(),
    input.id,
  );
  if (input.roles) writeRoles(db, input.id, input.roles);
  if (input.tagIds) setTagIds(db, 'person', input.id, input.tagIds);
  return requirePerson(db, input.id);
}

export function listPeople(db: Db, input: ParsedInput<'people.list'>) {
  const { ids, total, next } = pageIds(
    db,
    {
      table: 'people',
      kind: 'person',
      sortColumns: {
        name: ['name COLLATE NOCASE'],
        // Counted through the quotes_speaker index, one lookup per person.
        quoteCount: ['(SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = people.id AND q.deleted_at IS NULL)', 'name COLLATE NOCASE'],
        createdAt: ['created_at'],
        updatedAt: ['updated_at'],
      },
    },
    input,
  );
  return { items: ids.map((id) => requirePerson(db, id)), total, next };
}

export function deletePerson(db: Db, id: string): Person {
  softDelete(db, 'people', id, 'Profiel');
  return requirePerson(db, id);
}

export function restorePerson(db: Db, id: string): Person {
  restoreRow(db, 'people', id, 'Profiel');
  return requirePerson(db, id);
}
