import type { Note } from '../../../shared/api/notes';
import type { Person } from '../../../shared/api/people';
import type { Quote } from '../../../shared/api/quotes';
import type { Source } from '../../../shared/api/sources';
import type { Lesson } from '../../../shared/api/lessons';
import type { Tag } from '../../../shared/api/tags';
import { requireCollection } from '../collections/store';
import type { Db } from '../db/connection';
import { getLesson } from '../lessons/store';
import { getNote } from '../notes/store';
import { getPerson } from '../people/store';
import { getQuote, getQuotes } from '../quotes/store';
import { getSource } from '../sources/store';
import { getTag } from '../tags/store';
import type { PrivacySummary } from '../../../shared/api/exports';
import { Privacy } from './privacy';

export const BUNDLE_FORMAT = 'wijkgeheugen-bundle';
export const BUNDLE_VERSION = 1;

/** Every string in a value scrubbed of protected names; ids and dates contain none. */
function scrubDeep<T>(value: T, privacy: Privacy): T {
  if (typeof value === 'string') return privacy.scrub(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, privacy)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' || k.endsWith('Id') || k === 'sha256' ? v : scrubDeep(v, privacy)])) as T;
  }
  return value;
}

/**
 * A lossless, versioned bundle of a collection and everything it refers to: the lessons with
 * their evidence, the quotes, their sources and speakers, labels (with their parents) and the
 * notes on those items. Consent applies here too: pseudonymised people travel under their
 * pseudonym only, left-out people not at all.
 */
export function buildBundle(db: Db, collectionId: string, now = new Date()) {
  const collection = requireCollection(db, collectionId);
  const everyone = (db.prepare('SELECT id FROM people').pluck().all() as string[]).map((id) => getPerson(db, id)).filter((p): p is Person => p !== null);
  const privacy = new Privacy(everyone);
  const lessons = new Map<string, Lesson>();
  const quotes = new Map<string, Quote>();
  const sources = new Map<string, Source>();
  const people = new Map<string, Person>();
  const tags = new Map<string, Tag>();

  const addTag = (id: string) => {
    for (let at: string | null = id; at && !tags.has(at); ) {
      const tag = getTag(db, at);
      if (!tag) break;
      tags.set(at, tag);
      at = tag.parentId;
    }
  };
  const addPerson = (id: string | null) => {
    if (!id || people.has(id)) return;
    const person = getPerson(db, id);
    if (person && person.consent !== 'omit') people.set(id, person);
  };
  const addSource = (id: string) => {
    if (sources.has(id)) return;
    const source = getSource(db, id);
    if (!source) return;
    sources.set(id, source);
    source.people.forEach((p) => addPerson(p.personId));
    source.tagIds.forEach(addTag);
  };
  // Quotes come in batches (the collection's own, a lesson's evidence), read in a few queries each.
  const prefetched = new Map<string, Quote>();
  const prefetch = (ids: readonly string[]) => {
    for (const quote of getQuotes(db, ids.filter((id) => !quotes.has(id) && !prefetched.has(id)))) prefetched.set(quote.id, quote);
  };
  const addQuote = (id: string) => {
    if (quotes.has(id)) return;
    const quote = prefetched.get(id) ?? getQuote(db, id);
    if (!quote || quote.deletedAt) return;
    quotes.set(id, quote);
    addSource(quote.sourceId);
    addPerson(quote.speakerId);
    quote.tagIds.forEach(addTag);
    quote.lessons.forEach((l) => addLesson(l.lessonId, false));
  };
  function addLesson(id: string, withEvidence: boolean) {
    const lesson = lessons.get(id) ?? getLesson(db, id);
    if (!lesson || lesson.deletedAt) return;
    lessons.set(id, lesson);
    lesson.tagIds.forEach(addTag);
    if (withEvidence) {
      const evidence = db.prepare('SELECT quote_id FROM evidence WHERE lesson_id = ?').pluck().all(id) as string[];
      prefetch(evidence);
      for (const quoteId of evidence) addQuote(quoteId);
    }
  }

  prefetch(collection.items.filter((i) => i.kind === 'quote').map((i) => i.itemId));
  for (const item of collection.items) {
    if (item.kind === 'lesson') addLesson(item.itemId, true);
    else if (item.kind === 'quote') addQuote(item.itemId);
    else if (item.kind === 'source') addSource(item.itemId);
    else addPerson(item.itemId);
  }
  const included = new Set<string>([...lessons.keys(), ...quotes.keys(), ...sources.keys(), ...people.keys()]);
  const notes = (db.prepare('SELECT id, target_id FROM notes WHERE deleted_at IS NULL AND target_id IS NOT NULL').all() as { id: string; target_id: string }[])
    .filter((n) => included.has(n.target_id))
    .map((n) => getNote(db, n.id))
    .filter((n): n is Note => n !== null);

  const protect = (person: Person): Person =>
    person.consent === 'pseudonym' ? { ...person, name: person.pseudonym || '[naam weggelaten]', summary: '', roles: person.roles.map((r) => ({ ...r, organisation: '', place: '' })) } : person;
  const omitted = new Set(everyone.filter((p) => p.consent === 'omit').map((p) => p.id));

  const bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    collection: (({ itemTitles: _titles, ...rest }) => ({ ...rest, items: rest.items.filter((i) => !(i.kind === 'person' && omitted.has(i.itemId))) }))(collection),
    people: [...people.values()].map(protect),
    // Counts are derived, not content: they are computed again wherever the bundle lands.
    sources: [...sources.values()].map(({ quoteCount: _count, ...s }) => ({ ...s, people: s.people.filter((p) => people.has(p.personId)), speakers: s.speakers.map((sp) => ({ ...sp, personId: sp.personId && people.has(sp.personId) ? sp.personId : null })) })),
    quotes: [...quotes.values()].map((q) => ({ ...q, speakerId: q.speakerId && people.has(q.speakerId) ? q.speakerId : null, lessons: q.lessons.filter((l) => lessons.has(l.lessonId)) })),
    lessons: [...lessons.values()].map(({ evidenceCount: _count, ...l }) => ({ ...l, relations: l.relations.filter((r) => lessons.has(r.lessonId)) })),
    tags: [...tags.values()],
    notes: notes.map((n) => ({ ...n, links: n.links.filter((l) => !(l.kind === 'person' && omitted.has(l.id))) })),
  };
  return scrubDeep(bundle, privacy);
}

/** Who a bundle names, pseudonymises or leaves out: its speakers and the people in its collection, as every export reports them. */
export function bundlePrivacy(db: Db, bundle: ReturnType<typeof buildBundle>): PrivacySummary {
  const everyone = (db.prepare('SELECT id FROM people').pluck().all() as string[]).map((id) => getPerson(db, id)).filter((p): p is Person => p !== null);
  const collection = requireCollection(db, bundle.collection.id);
  // The speakers as stored: in the bundle itself a left-out speaker is already gone.
  const speakers = db
    .prepare('SELECT DISTINCT speaker_id FROM quotes WHERE speaker_id IS NOT NULL AND id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(bundle.quotes.map((q) => q.id))) as string[];
  const involved = [...speakers, ...collection.items.filter((i) => i.kind === 'person').map((i) => i.itemId)];
  return new Privacy(everyone).summary(involved);
}

export function renderBundle(db: Db, collectionId: string, now?: Date): string {
  return `${JSON.stringify(buildBundle(db, collectionId, now), null, 2)}\n`;
}

/** The bundle as a file, with its title (consent applied) and privacy summary, built once. */
export function bundleFile(db: Db, collectionId: string, now?: Date): { title: string; text: string; privacy: PrivacySummary } {
  const bundle = buildBundle(db, collectionId, now);
  return { title: bundle.collection.title, text: `${JSON.stringify(bundle, null, 2)}\n`, privacy: bundlePrivacy(db, bundle) };
}
