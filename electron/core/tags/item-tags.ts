import type { Db } from '../db/connection';
import { requireDistinct, requireLive } from '../db/rows';
import { cached } from '../db/statement-cache';

export type TaggableKind = 'person' | 'source' | 'quote' | 'lesson';

export function getTagIds(db: Db, kind: TaggableKind, itemId: string): string[] {
  return cached(db, 'SELECT tag_id FROM item_tags WHERE item_kind = ? AND item_id = ? ORDER BY position')
    .pluck()
    .all(kind, itemId) as string[];
}

/** Replaces an item's labels; every label must exist and not be in the trash. */
export function setTagIds(db: Db, kind: TaggableKind, itemId: string, tagIds: readonly string[]): void {
  requireDistinct(tagIds, 'tagIds');
  for (const tagId of tagIds) requireLive(db, 'tags', tagId, 'Label');
  cached(db, 'DELETE FROM item_tags WHERE item_kind = ? AND item_id = ?').run(kind, itemId);
  const insert = cached(db, 'INSERT INTO item_tags (item_kind, item_id, tag_id, position) VALUES (?, ?, ?, ?)');
  tagIds.forEach((tagId, position) => insert.run(kind, itemId, tagId, position));
}
