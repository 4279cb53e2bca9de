import type { Tag } from '../../../shared/api/tags';
import type { Db } from '../db/connection';
import { requireLive, softDelete } from '../db/rows';
import { requireTag } from './store';

/** One label absorbs another: its items and child labels move over; the other goes to the trash. */
export function mergeTags(db: Db, keepId: string, mergeId: string): Tag {
  requireLive(db, 'tags', keepId, 'Label');
  requireLive(db, 'tags', mergeId, 'Label');
  db.prepare('UPDATE OR IGNORE item_tags SET tag_id = ? WHERE tag_id = ?').run(keepId, mergeId);
  db.prepare('DELETE FROM item_tags WHERE tag_id = ?').run(mergeId);
  db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ? AND id <> ?').run(keepId, mergeId, keepId);
  // The kept label cannot end up under the one that disappears.
  db.prepare('UPDATE tags SET parent_id = (SELECT parent_id FROM tags WHERE id = ?) WHERE id = ? AND parent_id = ?').run(mergeId, keepId, mergeId);
  softDelete(db, 'tags', mergeId, 'Label');
  return requireTag(db, keepId);
}
