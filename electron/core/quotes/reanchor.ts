import { reanchor } from '../../../shared/text/anchor';
import { nowIso } from '../clock';
import type { Db } from '../db/connection';

interface AnchorRow {
  id: string;
  text: string;
  anchor_start: number;
  anchor_end: number;
  anchor_prefix: string;
  anchor_suffix: string;
}

/** Each quote of a source with where its words stand in `text` (null: not found), the one reading both the correction and its preview use. */
function findAgain(db: Db, sourceId: string, text: string, onlyLiveAnchored = false): { row: AnchorRow; found: ReturnType<typeof reanchor> }[] {
  const rows = db
    .prepare(`SELECT id, text, anchor_start, anchor_end, anchor_prefix, anchor_suffix FROM quotes WHERE source_id = ?${onlyLiveAnchored ? " AND deleted_at IS NULL AND anchor_status = 'anchored'" : ''}`)
    .all(sourceId) as AnchorRow[];
  return rows.map((row) => ({ row, found: reanchor(text, { start: row.anchor_start, end: row.anchor_end, prefix: row.anchor_prefix, suffix: row.anchor_suffix }, row.text) }));
}

/**
 * After the source text was corrected: find every quote again by its exact text. A quote
 * that cannot be found keeps its text and last position and is marked detached.
 */
export function reanchorQuotesOfSource(db: Db, sourceId: string, text: string): { anchored: number; detached: number } {
  const moveTo = db.prepare(
    `UPDATE quotes SET anchor_start = ?, anchor_end = ?, anchor_prefix = ?, anchor_suffix = ?, anchor_status = 'anchored', updated_at = ? WHERE id = ?`,
  );
  const detach = db.prepare(`UPDATE quotes SET anchor_status = 'detached', updated_at = ? WHERE id = ? AND anchor_status <> 'detached'`);
  let anchored = 0;
  let detached = 0;
  const now = nowIso();
  for (const { row, found } of findAgain(db, sourceId, text)) {
    if (found) {
      moveTo.run(found.start, found.end, found.prefix, found.suffix, now, row.id);
      anchored++;
    } else {
      detach.run(now, row.id);
      detached++;
    }
  }
  return { anchored, detached };
}

/** Which quotes of a source a corrected text would leave loose: asked before the correction is saved. */
export function quotesThatWouldDetach(db: Db, sourceId: string, text: string): { id: string; text: string }[] {
  return findAgain(db, sourceId, text, true)
    .filter(({ found }) => !found)
    .map(({ row }) => ({ id: row.id, text: row.text }));
}
