import type { Person } from '../../../shared/api/people';
import type { Db } from '../db/connection';
import { personName } from '../references/csl';
import { apaReferences } from '../references/format-citation';
import { citationOf } from '../references/source-citation';
import { getPerson } from '../people/store';
import { getSourceSummary } from '../sources/store';
import type { ExportModel } from './model';
import { Privacy } from './privacy';
import { cached } from '../db/statement-cache';

export const CITATION_STYLES = ['plain', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * Gives every quote and source in the model its source as an APA 7 reference, formatted once
 * per source, in the model's language. Consent holds here too: an author who is to be shown
 * under a pseudonym or left out appears in the reference as that pseudonym or not at all.
 */
export async function addApaReferences(db: Db, model: ExportModel): Promise<void> {
  const people = (cached(db, 'SELECT id FROM people').pluck().all() as string[]).map((id) => getPerson(db, id)).filter((p): p is Person => p !== null);
  const privacy = new Privacy(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries = model.sections.flatMap((s) => s.entries);
  const sourceIds = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'source') sourceIds.add(entry.id);
    const quotes = entry.kind === 'lesson' ? entry.evidence : entry.kind === 'quote' ? [entry.quote] : [];
    for (const q of quotes) sourceIds.add(q.sourceId);
  }
  const ids = [...sourceIds];
  const items = ids.flatMap((id) => {
    const source = getSourceSummary(db, id);
    if (!source) return [];
    const item = citationOf(db, source, (personId) => byId.get(personId)?.name ?? null);
    const authors = (item.author ?? []).flatMap((author) => {
      const name = personName(author);
      const shown = privacy.scrub(name);
      if (shown === name) return [author];
      // Protected: the pseudonym as a literal name, or nobody when the person is left out.
      return people.some((p) => p.consent === 'omit' && p.name.toLowerCase() === name.toLowerCase()) ? [] : [{ literal: shown }];
    });
    return [{ id, item: { ...item, ...(item.author ? { author: authors } : {}) } }];
  });
  const formatted = await apaReferences(
    items.map((i) => i.item),
    model.words.language,
  );
  const referenceOf = new Map(items.map((i, n) => [i.id, privacy.scrub(formatted[n] ?? '')]));
  for (const entry of entries) {
    if (entry.kind === 'source') entry.reference = referenceOf.get(entry.id) ?? null;
    const quotes = entry.kind === 'lesson' ? entry.evidence : entry.kind === 'quote' ? [entry.quote] : [];
    for (const q of quotes) q.reference = referenceOf.get(q.sourceId) ?? null;
  }
}
