import type { Collection } from '../../../shared/api/collections';
import type { PrivacySummary } from '../../../shared/api/exports';
import type { Person } from '../../../shared/api/people';
import type { Quote, Stance } from '../../../shared/api/quotes';
import { SOURCE_KINDS } from '../../../shared/api/sources';
import { comparePartialDates } from '../../../shared/dates/partial-date';
import type { DateLanguage } from '../../../shared/dates/format-partial-date';
import { extractDoc } from '../../../shared/lexical/extract';
import { requireCollection } from '../collections/store';
import type { Db } from '../db/connection';
import { getLesson } from '../lessons/store';
import { getPerson } from '../people/store';
import { getQuotes } from '../quotes/store';
import { getSource } from '../sources/store';
import { getTagIds } from '../tags/item-tags';
import { EXPORT_WORDS, type ExportWords } from './export-words';
import { Privacy } from './privacy';
import { cached } from '../db/statement-cache';

export interface ExportQuote {
  id: string;
  sourceId: string;
  /** The source as a reference in a citation style (APA 7), when the export asks for one. */
  reference: string | null;
  text: string;
  speaker: string | null;
  role: string | null;
  sourceTitle: string;
  sourceKind: string;
  outlet: string;
  dateSaid: string | null;
  url: string | null;
  lessons: string[];
  labels: string[];
  stance: Stance | null;
}

export type ExportEntry =
  | { kind: 'lesson'; title: string; aliases: string[]; summary: string; evidence: ExportQuote[]; commentary: string }
  | { kind: 'quote'; quote: ExportQuote; commentary: string }
  | { kind: 'person'; name: string; roles: string[]; commentary: string }
  | { kind: 'source'; id: string; title: string; kind_: string; outlet: string; date: string | null; url: string | null; reference: string | null; commentary: string };

export interface ExportModel {
  words: ExportWords;
  title: string;
  intro: string;
  exportedAt: string;
  sections: { heading: string | null; entries: ExportEntry[] }[];
  privacy: PrivacySummary;
}

/** The role someone had when they said it: the role whose period covers the date, else the latest. */
function roleAt(person: Person | null, date: string | null, consent: Person['consent'] | null): string | null {
  if (!person || consent === 'omit') return null;
  const fits = person.roles.filter((r) => !date || ((r.from === null || r.from <= date) && (r.to === null || date.slice(0, r.to.length) <= r.to)));
  const role = fits[fits.length - 1] ?? person.roles[person.roles.length - 1];
  if (!role) return null;
  // Under a pseudonym the function may be told, not the organisation and place that identify.
  return consent === 'pseudonym' ? role.role : [role.role, role.organisation, role.place].filter(Boolean).join(', ');
}

/**
 * Everything an export shows, resolved once with consent applied: each format only lays it out.
 * Quotes carry their provenance (speaker, role at the time, source, outlet, date, URL).
 */
export function buildExportModel(db: Db, collectionId: string, now = new Date(), language: DateLanguage = 'nl'): ExportModel {
  return buildModelFor(db, requireCollection(db, collectionId), now, language);
}

/** What an export is made of: a collection, or a loose set of items (a lesson, search results). */
export interface ExportSubject {
  title: string;
  intro: Collection['intro'];
  items: Collection['items'];
}

interface SourceFacts {
  title: string;
  kind: string;
  outlet: string;
  url: string | null;
  tagIds: string[];
}

/**
 * Lookups an export makes thousands of times, each read once per export: every lesson title and
 * label name in one query, each source (without its text) and person the first time it is met.
 */
function exportLookups(db: Db) {
  const people = (cached(db, 'SELECT id FROM people').pluck().all() as string[]).map((id) => getPerson(db, id)).filter((p): p is Person => p !== null);
  const personById = new Map(people.map((p) => [p.id, p]));
  const lessonTitles = new Map(cached(db, 'SELECT id, title FROM lessons').raw().all() as [string, string][]);
  const tagNames = new Map(cached(db, 'SELECT id, name FROM tags').raw().all() as [string, string][]);
  const sourceRow = cached(db, 'SELECT title, kind, outlet, url FROM sources WHERE id = ?');
  const sources = new Map<string, SourceFacts | null>();
  const sourceOf = (id: string): SourceFacts | null => {
    let facts = sources.get(id);
    if (facts === undefined) {
      const row = sourceRow.get(id) as Omit<SourceFacts, 'tagIds'> | undefined;
      facts = row ? { ...row, tagIds: getTagIds(db, 'source', id) } : null;
      sources.set(id, facts);
    }
    return facts;
  };
  return { people, personById, lessonTitles, tagNames, sourceOf };
}

export function buildModelFor(db: Db, collection: ExportSubject, now = new Date(), language: DateLanguage = 'nl'): ExportModel {
  const lookups = exportLookups(db);
  const privacy = new Privacy(lookups.people);
  const involved: string[] = [];
  const lessonTitle = (id: string) => lookups.lessonTitles.get(id) ?? '';
  const tagName = (id: string) => lookups.tagNames.get(id) ?? '';

  const exportQuote = (quote: Quote, stance: Stance | null = null): ExportQuote => {
    const source = lookups.sourceOf(quote.sourceId);
    const speaker = quote.speakerId ? (lookups.personById.get(quote.speakerId) ?? null) : null;
    if (quote.speakerId) involved.push(quote.speakerId);
    const consent = privacy.consentOf(quote.speakerId);
    return {
      id: quote.id,
      sourceId: quote.sourceId,
      reference: null,
      text: privacy.scrub(quote.text),
      speaker: privacy.displayName(quote.speakerId),
      role: roleAt(speaker, quote.dateSaid, consent),
      sourceTitle: privacy.scrub(source?.title ?? ''),
      sourceKind: source?.kind ?? 'other',
      outlet: privacy.scrub(source?.outlet ?? ''),
      dateSaid: quote.dateSaid,
      url: source?.url ?? null,
      lessons: quote.lessons.map((l) => privacy.scrub(lessonTitle(l.lessonId))),
      labels: [...new Set([...quote.tagIds, ...(source?.tagIds ?? [])])].map(tagName).filter(Boolean),
      stance,
    };
  };

  // The collection's own quotes, read in a few queries rather than one by one.
  const looseQuotes = new Map(getQuotes(db, collection.items.filter((i) => i.kind === 'quote').map((i) => i.itemId)).map((q) => [q.id, q]));
  const sections: ExportModel['sections'] = [{ heading: null, entries: [] }];
  for (const item of collection.items) {
    if (item.heading) sections.push({ heading: privacy.scrub(item.heading), entries: [] });
    const entries = (sections[sections.length - 1] as ExportModel['sections'][number]).entries;
    const commentary = privacy.scrub(item.commentary);
    if (item.kind === 'lesson') {
      const lesson = getLesson(db, item.itemId);
      if (!lesson || lesson.deletedAt) continue;
      const links = cached(db, 'SELECT quote_id, stance FROM evidence WHERE lesson_id = ?').all(lesson.id) as { quote_id: string; stance: Stance }[];
      const byId = new Map(getQuotes(db, links.map((e) => e.quote_id)).map((q) => [q.id, q]));
      const evidence = links
        .map((e) => ({ quote: byId.get(e.quote_id) ?? null, stance: e.stance }))
        .filter((e): e is { quote: Quote; stance: Stance } => e.quote !== null && e.quote.deletedAt === null)
        .sort((a, b) => comparePartialDates(a.quote.dateSaid, b.quote.dateSaid))
        .map((e) => exportQuote(e.quote, e.stance));
      entries.push({ kind: 'lesson', title: privacy.scrub(lesson.title), aliases: lesson.aliases.map((a) => privacy.scrub(a)), summary: privacy.scrub(lesson.summary), evidence, commentary });
    } else if (item.kind === 'quote') {
      const quote = looseQuotes.get(item.itemId);
      if (quote && !quote.deletedAt) entries.push({ kind: 'quote', quote: exportQuote(quote), commentary });
    } else if (item.kind === 'person') {
      involved.push(item.itemId);
      const name = privacy.displayName(item.itemId);
      const person = lookups.personById.get(item.itemId);
      // A person who is to be left out is left out, commentary and all.
      if (!name || !person || person.deletedAt) continue;
      const consent = privacy.consentOf(item.itemId);
      entries.push({ kind: 'person', name, roles: person.roles.map((r) => (consent === 'pseudonym' ? r.role : [r.role, r.organisation, r.place, [r.from, r.to].filter(Boolean).join('–')].filter(Boolean).join(', '))), commentary });
    } else {
      const source = getSource(db, item.itemId);
      if (source && !source.deletedAt) {
        entries.push({ kind: 'source', id: source.id, reference: null, title: privacy.scrub(source.title), kind_: SOURCE_KINDS.includes(source.kind) ? source.kind : 'other', outlet: privacy.scrub(source.outlet), date: source.date, url: source.url, commentary });
      }
    }
  }
  return {
    words: EXPORT_WORDS[language],
    title: privacy.scrub(collection.title),
    // Mentions are written as the names they are, without the @ or # that made them.
    intro: privacy.scrub(collection.intro ? extractDoc(collection.intro, { mentionsAsNames: true }).plainText : ''),
    exportedAt: now.toISOString(),
    sections: sections.filter((s) => s.heading !== null || s.entries.length > 0),
    privacy: privacy.summary(involved),
  };
}

/** Every quote in the model, in order (lesson evidence and loose quotes): the rows of the CSV. */
export function allQuotes(model: ExportModel): ExportQuote[] {
  const seen = new Set<string>();
  const out: ExportQuote[] = [];
  for (const section of model.sections) {
    for (const entry of section.entries) {
      const quotes = entry.kind === 'lesson' ? entry.evidence : entry.kind === 'quote' ? [entry.quote] : [];
      for (const q of quotes) {
        if (seen.has(q.id)) continue;
        seen.add(q.id);
        out.push(q);
      }
    }
  }
  return out;
}

/** A lesson (or person, or source) exported on its own is titled by it: its own heading would repeat the title. */
export function repeatsTitle(model: ExportModel, heading: string): boolean {
  return heading === model.title && model.sections.reduce((n, s) => n + s.entries.length, 0) === 1;
}
