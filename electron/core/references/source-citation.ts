import type { SourceKind, SourceSummary } from '../../../shared/api/sources';
import type { Db } from '../db/connection';
import { type CslItem, cslItemSchema } from './csl';

const CSL_TYPE: Record<SourceKind, string> = { interview: 'interview', article: 'article', report: 'report', transcript: 'interview', meeting: 'speech', other: 'document' };

export function storeCitation(db: Db, sourceId: string, item: CslItem): void {
  db.prepare('INSERT INTO source_citations (source_id, csl_json) VALUES (?, ?) ON CONFLICT(source_id) DO UPDATE SET csl_json = excluded.csl_json').run(sourceId, JSON.stringify(item));
}

/** A source's imported bibliographic record, if it has one. */
export function storedCitation(db: Db, sourceId: string): CslItem | null {
  const json = db.prepare('SELECT csl_json FROM source_citations WHERE source_id = ?').pluck().get(sourceId) as string | undefined;
  if (!json) return null;
  const parsed = cslItemSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

const split = (name: string) => {
  const parts = name.trim().split(/\s+/);
  // Dutch surnames keep their particles with the family name ("de Wit", "van Dam").
  const particle = parts.findIndex((p, i) => i > 0 && /^(van|de|den|der|het|ter|ten|te|el|al|d'|v\.)$/i.test(p));
  const at = particle > 0 ? particle : parts.length - 1;
  return parts.length > 1 ? { given: parts.slice(0, at).join(' '), family: parts.slice(at).join(' ') } : { literal: name };
};

/**
 * The record an APA reference is made from: the imported one when there is one, else one built
 * from the source's own fields (its authors, or for an interview the person interviewed).
 */
export function citationOf(db: Db, source: Pick<SourceSummary, 'id' | 'title' | 'kind' | 'outlet' | 'date' | 'url' | 'people'>, nameOf: (personId: string) => string | null): CslItem {
  const stored = storedCitation(db, source.id);
  if (stored) return stored;
  const byPart = (part: string) => source.people.filter((p) => p.part === part).map((p) => nameOf(p.personId)).filter((n): n is string => Boolean(n));
  const authors = byPart('author').length ? byPart('author') : source.kind === 'interview' ? byPart('interviewee') : [];
  const [year, month, day] = (source.date ?? '').split('-').map(Number);
  return {
    type: CSL_TYPE[source.kind],
    title: source.title,
    ...(authors.length ? { author: authors.map(split) } : {}),
    ...(year ? { issued: { 'date-parts': [[year, ...(month ? [month] : []), ...(day ? [day] : [])]] } } : {}),
    ...(source.outlet ? { 'container-title': source.outlet } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}
