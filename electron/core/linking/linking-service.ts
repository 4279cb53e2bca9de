import type { ItemChange } from '../changes/change-feed';
import type { Db } from '../db/connection';
import { type LinkLesson, type LinkQuote, LinkingIndex } from './linking-index';

interface QuoteRow {
  id: string;
  text: string;
  source_id: string;
  speaker_id: string | null;
  date_said: string | null;
  lesson_ids: string | null;
}

interface LessonRow {
  id: string;
  title: string;
  summary: string;
  aliases: string | null;
}

const QUOTE_COLUMNS = `q.id, q.text, q.source_id, q.speaker_id, q.date_said,
    (SELECT group_concat(e.lesson_id) FROM evidence e JOIN lessons l ON l.id = e.lesson_id AND l.deleted_at IS NULL WHERE e.quote_id = q.id) AS lesson_ids`;
const QUOTES = `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.deleted_at IS NULL`;
/** A batch by rowid, with the condition on the table itself, so a batch reads only its own rows. */
const QUOTES_AFTER = `SELECT q.rowid AS rid, ${QUOTE_COLUMNS} FROM quotes q WHERE q.deleted_at IS NULL AND q.rowid > ? ORDER BY q.rowid LIMIT ?`;
// Aliases are joined with a character that never appears in one (a line break is refused by trim).
const LESSONS = `SELECT l.id, l.title, l.summary,
    (SELECT group_concat(alias, char(31)) FROM lesson_aliases a WHERE a.lesson_id = l.id) AS aliases
  FROM lessons l WHERE l.deleted_at IS NULL`;

const toQuote = (r: QuoteRow): LinkQuote => ({
  id: r.id,
  text: r.text,
  sourceId: r.source_id,
  speakerId: r.speaker_id,
  dateSaid: r.date_said,
  lessonIds: r.lesson_ids ? r.lesson_ids.split(',') : [],
});
const toLesson = (r: LessonRow): LinkLesson => ({ id: r.id, title: r.title, summary: r.summary, aliases: r.aliases ? r.aliases.split('\u001f') : [] });

/** Quotes read at a time during the background build, and how long a step may hold the host. */
const BATCH = 100;
const STEP_MS = 25;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The linking index of a library, built once and then kept current from the change feed. */
export class LinkingService {
  private index: LinkingIndex | null = null;
  /** While a background build runs: the rowid of the last quote loaded. */
  private loadedUpTo: number | null = null;

  constructor(private readonly db: Db) {}

  /** Loads quotes after `afterRowid`, at most `limit`; returns the last rowid, or null when done. */
  private loadQuotes(index: LinkingIndex, afterRowid: number, limit: number): number | null {
    const rows = this.db.prepare(QUOTES_AFTER).all(afterRowid, limit) as (QuoteRow & { rid: number })[];
    for (const row of rows) index.upsertQuote(toQuote(row));
    return rows.length < limit ? null : (rows[rows.length - 1]?.rid ?? null);
  }

  private startIndex(): LinkingIndex {
    const index = new LinkingIndex();
    for (const row of this.db.prepare(LESSONS).all() as LessonRow[]) index.upsertLesson(toLesson(row));
    return index;
  }

  build(): LinkingIndex {
    const index = this.startIndex();
    for (let at: number | null = 0; at !== null; ) at = this.loadQuotes(index, at, 50_000);
    this.index = index;
    this.loadedUpTo = null;
    return index;
  }

  /**
   * The same build in steps of ~25 ms, giving way to requests between them, so a library of
   * 100,000 quotes does not freeze the app for seconds after start. Changes during the build are
   * applied as usual; quotes not loaded yet are read fresh when their batch comes.
   */
  async buildInBackground(): Promise<void> {
    if (this.index) return;
    const index = this.startIndex();
    this.index = index;
    this.loadedUpTo = 0;
    // Stops when done, when the index was dropped, or when the library was closed meanwhile.
    while (this.loadedUpTo !== null && this.index === index && this.db.open) {
      const deadline = performance.now() + STEP_MS;
      while (this.loadedUpTo !== null && performance.now() < deadline) this.loadedUpTo = this.loadQuotes(index, this.loadedUpTo, BATCH);
      await yieldToRequests();
    }
  }

  get(): LinkingIndex {
    const index = this.index ?? this.build();
    // Asked before the background build finished: finish it now.
    while (this.loadedUpTo !== null) this.loadedUpTo = this.loadQuotes(index, this.loadedUpTo, 50_000);
    return index;
  }

  apply(changes: readonly ItemChange[]): void {
    const index = this.index;
    if (!index) return;
    const quotes = new Set<string>();
    for (const { kind, id } of changes) {
      if (kind === 'quote') quotes.add(id);
      if (kind !== 'lesson') continue;
      const row = this.db.prepare(`${LESSONS} AND l.id = ?`).get(id) as LessonRow | undefined;
      const wasLive = index.hasLesson(id);
      if (row) index.upsertLesson(toLesson(row));
      else index.removeLesson(id);
      // A lesson that went to the trash or came back changes the evidence of its quotes: reading
      // those quotes again counts them for it or not. An edit (title, aliases) does not.
      if (wasLive !== Boolean(row)) {
        for (const quoteId of this.db.prepare('SELECT quote_id FROM evidence WHERE lesson_id = ?').pluck().all(id) as string[]) quotes.add(quoteId);
      }
    }
    for (const id of quotes) {
      const row = this.db.prepare(`${QUOTES} AND q.id = ?`).get(id) as QuoteRow | undefined;
      if (row) index.upsertQuote(toQuote(row));
      else index.removeQuote(id);
    }
  }

  invalidate(): void {
    this.index = null;
    this.loadedUpTo = null;
  }
}
