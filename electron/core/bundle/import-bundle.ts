import type { Bundle, ImportReport } from '../../../shared/api/bundle';
import { pauseRowTriggers } from '../changes/paused-row-triggers';
import type { Db } from '../db/connection';
import { BundleMerger } from './merge-items';
import { type BundleChunks, BundleStage, readBundle, SECTIONS, type Section } from './stage-bundle';

function mergeOne<S extends Section>(merger: BundleMerger, section: S, item: Bundle[S][number]): void {
  if (section === 'people') merger.person(item as Bundle['people'][number]);
  else if (section === 'lessons') merger.lesson(item as Bundle['lessons'][number]);
  else if (section === 'sources') merger.source(item as Bundle['sources'][number]);
  else if (section === 'quotes') merger.quote(item as Bundle['quotes'][number]);
  else if (section === 'notes') merger.note(item as Bundle['notes'][number]);
}

/**
 * Merges a colleague's bundle by id, in one transaction (see BundleMerger): new items are added;
 * an item that exists here with other content keeps the newer version, and every such conflict
 * is reported; the same bundle imported twice changes nothing; an invalid or hostile bundle is
 * refused whole (the transaction is rolled back).
 *
 * The bundle is read as it streams, so a file of any size is imported with one item in memory.
 * Our own bundles list parents first (labels, people, lessons, sources, quotes, notes), so each
 * item is merged as it is read. Items that arrive before what they name (an older bundle lists
 * quotes before their lessons) wait in a temporary table and are merged after the reading.
 *
 * The transaction spans the awaits of the stream: nothing else may write on this connection
 * meanwhile. The host passes the bundle as one string (no I/O between its chunks); the CLI
 * streams a file with nothing else running.
 */
export async function importBundleStream(db: Db, chunks: BundleChunks, what = 'bundle.json'): Promise<ImportReport> {
  // Made before the transaction, so that a rollback does not take the table with it.
  const stage = new BundleStage(db);
  db.exec('BEGIN IMMEDIATE');
  try {
    const paused = pauseRowTriggers(db);
    const merger = new BundleMerger(db, { onWrite: paused.touched });
    const merged = new Set<Section>();
    const parentsMerged = (section: Section) => SECTIONS.slice(0, SECTIONS.indexOf(section)).every((parent) => merged.has(parent));
    // Labels are few and are written parents first (by depth), so all of them at the end of their list.
    const tags: Bundle['tags'] = [];
    const collection = await readBundle(chunks, what, {
      item(section, item) {
        if (section === 'tags') tags.push(item as Bundle['tags'][number]);
        else if (parentsMerged(section)) mergeOne(merger, section, item);
        else stage.add(section, item);
      },
      sectionEnd(section) {
        if (section === 'tags') merger.tags(tags.splice(0));
        if (stage.has(section)) return;
        if (section === 'lessons') merger.lessonRelations();
        merged.add(section);
      },
    });
    // What waited, parents first.
    for (const section of SECTIONS) {
      if (!stage.has(section)) continue;
      for (const item of stage.items(section)) mergeOne(merger, section, item);
      if (section === 'lessons') merger.lessonRelations();
    }
    merger.collection(collection);
    paused.resume();
    db.exec('COMMIT');
    return merger.report;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    stage.clear();
  }
}

/** A bundle held as one string (an API call). */
export function importBundle(db: Db, json: string, fileName = 'bundle.json'): Promise<ImportReport> {
  return importBundleStream(db, [json], fileName);
}
