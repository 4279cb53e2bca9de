import { JSONParser } from '@streamparser/json';
import type { z } from 'zod';
import { type Bundle, bundleSchema } from '../../../shared/api/bundle';
import type { Db } from '../db/connection';
import { cached } from '../db/statement-cache';
import { AppError, messageOf } from '../errors';
import { checkKey, checkUntrusted } from './safe-json';

/** The bundle's lists of items, in the order they are merged (parents first). */
export const SECTIONS = ['tags', 'people', 'lessons', 'sources', 'quotes', 'notes'] as const;
export type Section = (typeof SECTIONS)[number];
const HEADER_KEYS = ['format', 'version', 'exportedAt', 'collection'] as const;

const ITEM_SCHEMAS: { [S in Section]: z.ZodType<Bundle[S][number]> } = {
  tags: bundleSchema.shape.tags.element,
  people: bundleSchema.shape.people.element,
  lessons: bundleSchema.shape.lessons.element,
  sources: bundleSchema.shape.sources.element,
  quotes: bundleSchema.shape.quotes.element,
  notes: bundleSchema.shape.notes.element,
};
const MAX_ITEMS: Record<Section, number> = { tags: 100_000, people: 100_000, lessons: 100_000, sources: 100_000, quotes: 1_000_000, notes: 100_000 };
const STAGE_BATCH = 2_000;

/** Chunks of a bundle's JSON text: a file read as it streams, or one string. */
export type BundleChunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

type Refusal = 'bundleNotAList' | 'bundleUnknownField' | 'bundleFieldMissing' | 'bundleTooManyItems' | 'bundleItemInvalid';
const refuse = (what: string, key: Refusal, path: string, extra: { max?: number; detail?: string } = {}) =>
  new AppError('invalid_input', key, { name: what, path, ...(extra.max === undefined ? {} : { max: extra.max }) }, extra.detail ? { detail: extra.detail } : {});

/** What a bundle reader hands on: each checked item, and the end of each list. */
export interface BundleSink {
  item<S extends Section>(section: S, item: Bundle[S][number]): void;
  sectionEnd(section: Section): void;
}

/**
 * Reads a bundle as it streams: memory holds one item at a time, whatever the bundle's size.
 * Every item is checked as a whole bundle is (no prototype keys, no giant texts or absurd
 * nesting, the schema of its kind, unknown fields refused) before the sink sees it; the first
 * fault throws, and the caller's transaction takes back what the sink did. Returns the
 * collection, whose header is checked at the end.
 */
export async function readBundle(chunks: BundleChunks, what: string, sink: BundleSink): Promise<Bundle['collection']> {
  const header: Partial<Record<(typeof HEADER_KEYS)[number], unknown>> = {};
  const seen = new Set<string>();
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, 0])) as Record<Section, number>;

  let fault: unknown = null;
  const parser = new JSONParser({ paths: ['$.*', ...SECTIONS.map((s) => `$.${s}.*`)], keepStack: false });
  parser.onValue = ({ value, key, stack }) => {
    if (fault) return;
    try {
      if (stack.length === 1) {
        // A top-level field; a list arrives emptied, its items having been taken one by one.
        const name = String(key);
        checkKey(name, what);
        if ((SECTIONS as readonly string[]).includes(name)) {
          if (!Array.isArray(value)) throw refuse(what, 'bundleNotAList', name);
          sink.sectionEnd(name as Section);
        } else if ((HEADER_KEYS as readonly string[]).includes(name)) {
          checkUntrusted(value, what);
          header[name as (typeof HEADER_KEYS)[number]] = value;
          // Not a bundle at all: said at once, not after reading the whole file.
          if (name === 'format' || name === 'version') checkHeader({ [name]: value }, what);
        } else throw refuse(what, 'bundleUnknownField', name);
        seen.add(name);
        return;
      }
      const section = String(stack[1]?.key) as Section;
      if (++counts[section] > MAX_ITEMS[section]) throw refuse(what, 'bundleTooManyItems', section, { max: MAX_ITEMS[section] });
      checkUntrusted(value, what, 2);
      const parsed = ITEM_SCHEMAS[section].safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw refuse(what, 'bundleItemInvalid', [section, counts[section] - 1, ...(issue?.path ?? [])].join('.'), { detail: issue?.message ?? '' });
      }
      sink.item(section, parsed.data);
    } catch (error) {
      fault = error;
    }
  };
  parser.onError = (error) => {
    fault ??= error;
  };

  try {
    for await (const chunk of chunks) {
      parser.write(chunk);
      if (fault) break;
    }
    if (!fault && !parser.isEnded) parser.end();
  } catch (error) {
    fault ??= error;
  }
  if (fault) {
    if (fault instanceof AppError) throw fault;
    throw new AppError('invalid_input', 'notJson', { name: what }, { detail: messageOf(fault) });
  }
  // What the whole bundle's schema asks of the top level: every field present, the header valid.
  const missing = [...HEADER_KEYS, ...SECTIONS].find((name) => !seen.has(name));
  if (missing) throw refuse(what, 'bundleFieldMissing', missing);
  return checkHeader(header, what).collection;
}

const headerSchema = bundleSchema.pick({ format: true, version: true, exportedAt: true, collection: true });

function checkHeader(header: Record<string, unknown>, what: string) {
  const partial = Object.keys(header).length < 4;
  const result = (partial ? headerSchema.partial() : headerSchema).safeParse(header);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    // Not a bundle at all, or one from a newer version: said as such, not as a bad field.
    if (path === 'format') throw new AppError('invalid_input', 'bundleNotOurs', { name: what });
    if (path === 'version') throw new AppError('invalid_input', 'bundleVersion', { name: what });
    throw refuse(what, 'bundleItemInvalid', path || 'bundle', { detail: issue?.message ?? '' });
  }
  return result.data as z.infer<typeof headerSchema>;
}

/**
 * Items that arrive before the items they name (a quote before its lessons) wait in a temporary
 * table of this connection, in batches, until the bundle has been read; memory holds a batch.
 */
export class BundleStage {
  private pending: [Section, number, string][] = [];
  private readonly counts = new Map<Section, number>();

  constructor(private readonly db: Db) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS bundle_stage (section TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (section, seq)) WITHOUT ROWID');
    db.exec('DELETE FROM temp.bundle_stage');
  }

  add(section: Section, item: unknown): void {
    const seq = (this.counts.get(section) ?? 0) + 1;
    this.counts.set(section, seq);
    this.pending.push([section, seq, JSON.stringify(item)]);
    if (this.pending.length >= STAGE_BATCH) this.flush();
  }

  has(section: Section): boolean {
    return (this.counts.get(section) ?? 0) > 0;
  }

  flush(): void {
    const insert = cached(this.db, 'INSERT INTO temp.bundle_stage (section, seq, json) VALUES (?, ?, ?)');
    for (const row of this.pending) insert.run(...row);
    this.pending = [];
  }

  *items<S extends Section>(section: S): Generator<Bundle[S][number]> {
    this.flush();
    yield* stagedItems(this.db, section);
  }

  clear(): void {
    this.pending = [];
    this.db.exec('DELETE FROM temp.bundle_stage');
  }
}

/** The staged items of one section, in their order, a batch at a time (memory holds one batch). */
export function* stagedItems<S extends Section>(db: Db, section: S, batch = 1_000): Generator<Bundle[S][number]> {
  const read = cached(db, 'SELECT seq, json FROM temp.bundle_stage WHERE section = ? AND seq > ? ORDER BY seq LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = read.all(section, after, batch) as { seq: number; json: string }[];
    for (const row of rows) yield JSON.parse(row.json) as Bundle[S][number];
    const last = rows[rows.length - 1];
    if (!last || rows.length < batch) return;
    after = last.seq;
  }
}

