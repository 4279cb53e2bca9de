import type { Bundle, ImportReport } from '../../../shared/api/bundle';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { getCollection } from '../collections/store';
import type { Db } from '../db/connection';
import { getLesson } from '../lessons/store';
import { getNote } from '../notes/store';
import { getPerson } from '../people/store';
import { getQuote } from '../quotes/store';
import { getSource } from '../sources/store';
import { getTag } from '../tags/store';
import { withRowTriggersPaused } from '../changes/paused-row-triggers';
import { exists, writeLessonRelations, WRITERS } from './bundle-writers';

/** Items to merge into the library by id: a bundle's, or what a REFI-QDA project maps to. */
export interface MergeSet {
  tags: Bundle['tags'];
  people: Bundle['people'];
  lessons: Bundle['lessons'];
  sources: Bundle['sources'];
  quotes: Bundle['quotes'];
  notes: Bundle['notes'];
  collections: Bundle['collection'][];
}

export interface MergeOptions {
  /**
   * What of an item the incoming format can carry: only that is compared, so what it cannot
   * carry (a quote's stance in REFI-QDA) is not a difference. Without it, everything is compared.
   */
  comparable?: (kind: string, item: object) => object;
  /** A lossy format never overwrites an item here: a difference is reported as a conflict, the local version kept. */
  neverOverwrite?: boolean;
  /** Hears of every item written (see withRowTriggersPaused). */
  onWrite?: (kind: string, id: string) => void;
}

/** Fields that are derived or local (counts, the stored original, the clock), not content. */
const DERIVED = new Set(['updatedAt', 'quoteCount', 'evidenceCount', 'original', 'plainText', 'links']);
const content = (value: object): string => canonicalJson(value, (key, v) => (DERIVED.has(key) ? undefined : v));

type Item = { id: string; updatedAt: string };

/** Each kind's table and how its local version is read (only when the id exists here). */
const LOCAL = {
  tag: { table: 'tags', get: getTag },
  person: { table: 'people', get: getPerson },
  lesson: { table: 'lessons', get: getLesson },
  source: { table: 'sources', get: getSource },
  quote: { table: 'quotes', get: getQuote },
  note: { table: 'notes', get: getNote },
  collection: {
    table: 'collections',
    // The titles of a collection's items are derived, not content.
    get: (db: Db, id: string) => {
      const local = getCollection(db, id);
      if (!local) return null;
      const { itemTitles: _titles, ...rest } = local;
      return rest;
    },
  },
} as const;
type Kind = keyof typeof LOCAL;

/**
 * Merges items by id, one at a time, so a bundle of any size can be fed in batches: a new item is
 * added; one that exists here with other content keeps the newer version (or always the local
 * one, for a lossy format), and every such conflict is reported; the same content twice changes
 * nothing. Parents must come first: labels (all at once, by depth), people, lessons, then the
 * lessons' relations, sources, quotes, notes, collections. The caller holds the transaction.
 */
export class BundleMerger {
  readonly report: ImportReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] };
  private readonly writtenLessons: Bundle['lessons'] = [];
  private readonly comparable: (kind: string, item: object) => object;

  constructor(
    private readonly db: Db,
    private readonly options: MergeOptions = {},
  ) {
    this.comparable = options.comparable ?? ((_kind, item) => item);
  }

  /** All labels of the set, parents before children. */
  tags(tags: Bundle['tags']): void {
    const parent = new Map(tags.map((t) => [t.id, t.parentId]));
    const depth = (id: string | null, seen = 0): number => (!id || seen > 100 ? 0 : 1 + depth(parent.get(id) ?? null, seen + 1));
    for (const tag of [...tags].sort((a, b) => depth(a.parentId) - depth(b.parentId))) this.merge('tag', tag, tag.name, () => WRITERS.tag(this.db, tag));
  }

  person(person: Bundle['people'][number]): void {
    this.merge('person', person, person.name, () => WRITERS.person(this.db, person));
  }

  lesson(lesson: Bundle['lessons'][number]): void {
    if (this.merge('lesson', lesson, lesson.title, () => WRITERS.lesson(this.db, lesson))) this.writtenLessons.push(lesson);
  }

  /** After every lesson: the relations of those written, now that the lessons they name exist. */
  lessonRelations(): void {
    for (const lesson of this.writtenLessons) writeLessonRelations(this.db, lesson);
    this.writtenLessons.length = 0;
  }

  source(source: Bundle['sources'][number]): void {
    this.merge('source', source, source.title, () => WRITERS.source(this.db, source));
  }

  quote(quote: Bundle['quotes'][number]): void {
    this.merge('quote', quote, quote.text.slice(0, 80), () => WRITERS.quote(this.db, quote));
  }

  note(note: Bundle['notes'][number]): void {
    this.merge('note', note, note.title || note.plainText.slice(0, 80), () => WRITERS.note(this.db, note));
  }

  collection(collection: Bundle['collection']): void {
    this.merge('collection', collection, collection.title, () => WRITERS.collection(this.db, collection));
  }

  /** Returns whether the incoming version was written. */
  private merge(kind: Kind, incoming: Item, title: string, write: () => void): boolean {
    const { table, get } = LOCAL[kind];
    // Most items of an import are new: a cheap look-up by id before reading a whole item.
    const local = exists(this.db, table, incoming.id) ? (get(this.db, incoming.id) as Item | null) : null;
    const writeAndTell = () => {
      write();
      this.options.onWrite?.(kind, incoming.id);
    };
    if (!local) {
      writeAndTell();
      this.report.added++;
      return true;
    }
    if (content(this.comparable(kind, local)) === content(this.comparable(kind, incoming))) {
      this.report.unchanged++;
      return false;
    }
    const incomingIsNewer = !this.options.neverOverwrite && incoming.updatedAt > local.updatedAt;
    if (incomingIsNewer) {
      writeAndTell();
      this.report.updated++;
    }
    this.report.conflicts.push({ kind, id: incoming.id, title, kept: incomingIsNewer ? 'bundle' : 'local' });
    return incomingIsNewer;
  }
}

/** Merges a whole set in one transaction (see BundleMerger); the caller has validated it. */
export function mergeItems(db: Db, set: MergeSet, options: MergeOptions = {}): ImportReport {
  return db.transaction(() =>
    withRowTriggersPaused(db, (touched) => {
      const merger = new BundleMerger(db, { ...options, onWrite: touched });
      merger.tags(set.tags);
      for (const person of set.people) merger.person(person);
      for (const lesson of set.lessons) merger.lesson(lesson);
      merger.lessonRelations();
      for (const source of set.sources) merger.source(source);
      for (const quote of set.quotes) merger.quote(quote);
      for (const note of set.notes) merger.note(note);
      for (const collection of set.collections) merger.collection(collection);
      return merger.report;
    }),
  )();
}
