import { closeSync, openSync, writeSync } from 'node:fs';
import type { Person } from '../../../shared/api/people';
import type { Quote } from '../../../shared/api/quotes';
import { requireCollection } from '../collections/store';
import type { Db } from '../db/connection';
import { getLesson } from '../lessons/store';
import { getNote } from '../notes/store';
import { getPerson } from '../people/store';
import { getQuotes } from '../quotes/store';
import { getSource } from '../sources/store';
import { getTag } from '../tags/store';
import type { PrivacySummary } from '../../../shared/api/exports';
import { Privacy } from './privacy';
import { cached } from '../db/statement-cache';

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

/** Which items a bundle holds, in the order they are written: ids only, so that gathering stays small. */
interface BundleContents {
  collection: ReturnType<typeof requireCollection>;
  lessons: Set<string>;
  quotes: Set<string>;
  sources: Set<string>;
  people: Set<string>;
  tags: Set<string>;
  notes: string[];
  everyone: Person[];
}

/**
 * Which items a bundle of a collection holds: the lessons with their evidence, the quotes, their
 * sources and speakers, labels (with their parents) and the notes on those items. Entities are
 * read to follow their links and then let go; only ids are kept, so a collection of 100,000
 * quotes and their long sources is gathered in little memory.
 */
function gather(db: Db, collectionId: string): BundleContents {
  const collection = requireCollection(db, collectionId);
  const everyone = (cached(db, 'SELECT id FROM people').pluck().all() as string[]).map((id) => getPerson(db, id)).filter((p): p is Person => p !== null);
  const consent = new Map(everyone.map((p) => [p.id, p.consent]));
  const lessons = new Set<string>();
  const quotes = new Set<string>();
  const sources = new Set<string>();
  const people = new Set<string>();
  const tags = new Set<string>();

  const addTag = (id: string) => {
    for (let at: string | null = id; at && !tags.has(at); ) {
      const tag = getTag(db, at);
      if (!tag) break;
      tags.add(at);
      at = tag.parentId;
    }
  };
  const addPerson = (id: string | null) => {
    if (!id || people.has(id) || !consent.has(id) || consent.get(id) === 'omit') return;
    people.add(id);
  };
  const addSource = (id: string) => {
    if (sources.has(id)) return;
    const source = getSource(db, id);
    if (!source) return;
    sources.add(id);
    source.people.forEach((p) => addPerson(p.personId));
    source.tagIds.forEach(addTag);
  };
  // Quotes come in batches (the collection's own, a lesson's evidence), read in a few queries each.
  const addQuotes = (ids: readonly string[]) => {
    const fresh = ids.filter((id) => !quotes.has(id));
    for (let at = 0; at < fresh.length; at += 2000) {
      for (const quote of getQuotes(db, fresh.slice(at, at + 2000))) {
        if (quote.deletedAt || quotes.has(quote.id)) continue;
        quotes.add(quote.id);
        addSource(quote.sourceId);
        addPerson(quote.speakerId);
        quote.tagIds.forEach(addTag);
        quote.lessons.forEach((l) => addLesson(l.lessonId, false));
      }
    }
  };
  function addLesson(id: string, withEvidence: boolean) {
    // A lesson is read once: a quote's links to lessons are many (reading each again cost most of an export).
    if (!lessons.has(id)) {
      const lesson = getLesson(db, id);
      if (!lesson || lesson.deletedAt) return;
      lessons.add(id);
      lesson.tagIds.forEach(addTag);
    }
    if (withEvidence) addQuotes(cached(db, 'SELECT quote_id FROM evidence WHERE lesson_id = ?').pluck().all(id) as string[]);
  }

  for (const item of collection.items) {
    if (item.kind === 'lesson') addLesson(item.itemId, true);
    else if (item.kind === 'quote') addQuotes([item.itemId]);
    else if (item.kind === 'source') addSource(item.itemId);
    else addPerson(item.itemId);
  }
  const included = new Set<string>([...lessons, ...quotes, ...sources, ...people]);
  const notes = (cached(db, 'SELECT id, target_id FROM notes WHERE deleted_at IS NULL AND target_id IS NOT NULL').all() as { id: string; target_id: string }[])
    .filter((n) => included.has(n.target_id))
    .map((n) => n.id);
  return { collection, lessons, quotes, sources, people, tags, notes, everyone };
}

/**
 * Writes a lossless, versioned bundle of a collection, one entity at a time, through `write`:
 * the whole bundle is never held in memory. Consent applies here too: pseudonymised people
 * travel under their pseudonym only, left-out people not at all, and every string is scrubbed
 * of protected names. Returns who the bundle names, pseudonymises or leaves out.
 */
export function writeBundle(db: Db, collectionId: string, write: (chunk: string) => void, now = new Date(), onOriginal?: (sha256: string) => void): { title: string; privacy: PrivacySummary } {
  const contents = gather(db, collectionId);
  const { collection, lessons, quotes, people, everyone } = contents;
  const privacy = new Privacy(everyone);
  const omitted = new Set(everyone.filter((p) => p.consent === 'omit').map((p) => p.id));
  const protect = (person: Person): Person =>
    person.consent === 'pseudonym' ? { ...person, name: person.pseudonym || '[naam weggelaten]', summary: '', roles: person.roles.map((r) => ({ ...r, organisation: '', place: '' })) } : person;
  const field = (name: string, value: unknown, last = false) => write(`  ${JSON.stringify(name)}: ${JSON.stringify(scrubDeep(value, privacy))}${last ? '' : ','}\n`);
  const list = <T>(name: string, ids: Iterable<string>, read: (id: string) => T | null) => {
    write(`  ${JSON.stringify(name)}: [`);
    let first = true;
    for (const id of ids) {
      const entity = read(id);
      if (entity === null) continue;
      write(`${first ? '\n' : ',\n'}    ${JSON.stringify(scrubDeep(entity, privacy))}`);
      first = false;
    }
    write(`${first ? '' : '\n  '}],\n`);
  };
  const quoteBatch = new Map<string, Quote>();
  const quoteOrder = [...quotes];
  const quotePosition = new Map(quoteOrder.map((id, i) => [id, i]));
  const readQuote = (id: string): Quote | null => {
    // Read ahead in batches of 2,000, in the order they are written.
    if (!quoteBatch.has(id)) {
      quoteBatch.clear();
      const at = quotePosition.get(id) ?? 0;
      for (const q of getQuotes(db, quoteOrder.slice(at, at + 2000))) quoteBatch.set(q.id, q);
    }
    return quoteBatch.get(id) ?? null;
  };
  const title = scrubDeep(collection.title, privacy);
  write('{\n');
  field('format', BUNDLE_FORMAT);
  field('version', BUNDLE_VERSION);
  field('exportedAt', now.toISOString());
  // Parents before children (labels, people, lessons, sources, quotes, notes, then the collection):
  // the importer merges each item as it reads it, and holds back only what arrives before what it names.
  list('tags', contents.tags, (id) => getTag(db, id));
  list('people', people, (id) => {
    const person = getPerson(db, id);
    return person ? protect(person) : null;
  });
  list('lessons', lessons, (id) => {
    const lesson = getLesson(db, id);
    if (!lesson) return null;
    const { evidenceCount: _count, ...l } = lesson;
    return { ...l, relations: l.relations.filter((r) => lessons.has(r.lessonId)) };
  });
  // Counts are derived, not content: they are computed again wherever the bundle lands.
  list('sources', contents.sources, (id) => {
    const source = getSource(db, id);
    if (!source) return null;
    const { quoteCount: _count, ...s } = source;
    // An original may travel (in a .wgbundle) only when its text names no protected person.
    if (s.original && onOriginal && privacy.scrub(s.text) === s.text) onOriginal(s.original.sha256);
    return { ...s, people: s.people.filter((p) => people.has(p.personId)), speakers: s.speakers.map((sp) => ({ ...sp, personId: sp.personId && people.has(sp.personId) ? sp.personId : null })) };
  });
  list('quotes', quotes, (id) => {
    const q = readQuote(id);
    return q ? { ...q, speakerId: q.speakerId && people.has(q.speakerId) ? q.speakerId : null, lessons: q.lessons.filter((l) => lessons.has(l.lessonId)) } : null;
  });
  list('notes', contents.notes, (id) => {
    const n = getNote(db, id);
    return n ? { ...n, links: n.links.filter((l) => !(l.kind === 'person' && omitted.has(l.id))) } : null;
  });
  const { itemTitles: _titles, ...shown } = collection;
  field('collection', { ...shown, items: shown.items.filter((i) => !(i.kind === 'person' && omitted.has(i.itemId))) }, true);
  write('}\n');
  return { title, privacy: bundlePrivacy(db, collection, [...quotes]) };
}

/** Who a bundle names, pseudonymises or leaves out: its speakers and the people in its collection, as every export reports them. */
function bundlePrivacy(db: Db, collection: BundleContents['collection'], quoteIds: readonly string[]): PrivacySummary {
  const everyone = (cached(db, 'SELECT id FROM people').pluck().all() as string[]).map((id) => getPerson(db, id)).filter((p): p is Person => p !== null);
  // The speakers as stored: in the bundle itself a left-out speaker is already gone.
  const speakers = cached(db, 'SELECT DISTINCT speaker_id FROM quotes WHERE speaker_id IS NOT NULL AND id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(quoteIds)) as string[];
  const involved = [...speakers, ...collection.items.filter((i) => i.kind === 'person').map((i) => i.itemId)];
  return new Privacy(everyone).summary(involved);
}

/** The bundle as one string (tests, small collections). */
export function renderBundle(db: Db, collectionId: string, now?: Date): string {
  const chunks: string[] = [];
  writeBundle(db, collectionId, (chunk) => chunks.push(chunk), now);
  return chunks.join('');
}

/**
 * The bundle written to a file as it is made, through a 1 MB buffer: memory stays flat
 * whatever the size of the collection.
 */
export function writeBundleFile(db: Db, collectionId: string, path: string, now?: Date, onOriginal?: (sha256: string) => void): { title: string; privacy: PrivacySummary; bytes: number } {
  const fd = openSync(path, 'w');
  let buffered: string[] = [];
  let size = 0;
  let bytes = 0;
  const flush = () => {
    const chunk = Buffer.from(buffered.join(''), 'utf8');
    writeSync(fd, chunk);
    bytes += chunk.length;
    buffered = [];
    size = 0;
  };
  try {
    const result = writeBundle(
      db,
      collectionId,
      (chunk) => {
        buffered.push(chunk);
        size += chunk.length;
        if (size > 1024 * 1024) flush();
      },
      now,
      onOriginal,
    );
    flush();
    return { ...result, bytes };
  } finally {
    closeSync(fd);
  }
}
