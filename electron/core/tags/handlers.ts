import type { HandlerGroup } from '../handler-types';
import { newId } from '../ids';
import { tagMergeSlices } from '../undo/merge-snapshots';
import { takeSnapshot } from '../undo/snapshot';
import { mergeTags } from './merge';
import { createTag, deleteTag, listTags, requireTag, restoreTag, updateTag } from './store';

export const tagsHandlers: HandlerGroup<`tags.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'merge'}`> = {
  'tags.merge': ({ db, undo }, { keepId, mergeId }) =>
    db.transaction(() => {
      const snapshot = takeSnapshot(db, tagMergeSlices(keepId, mergeId));
      const tag = mergeTags(db, keepId, mergeId);
      const undoId = newId();
      undo.remember(undoId, snapshot);
      return { ...tag, undoId };
    })(),
  'tags.create': ({ db }, input) => db.transaction(() => createTag(db, input))(),
  'tags.get': ({ db }, { id }) => requireTag(db, id),
  'tags.update': ({ db }, input) => db.transaction(() => updateTag(db, input))(),
  'tags.list': ({ db }, input) => listTags(db, input),
  'tags.delete': ({ db }, { id }) => db.transaction(() => deleteTag(db, id))(),
  'tags.restore': ({ db }, { id }) => db.transaction(() => restoreTag(db, id))(),
};
