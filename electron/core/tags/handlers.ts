import type { HandlerGroup } from '../handler-types';
import { mergeTags } from './merge';
import { createTag, deleteTag, listTags, requireTag, restoreTag, updateTag } from './store';

export const tagsHandlers: HandlerGroup<`tags.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'merge'}`> = {
  'tags.merge': ({ db }, { keepId, mergeId }) => db.transaction(() => mergeTags(db, keepId, mergeId))(),
  'tags.create': ({ db }, input) => db.transaction(() => createTag(db, input))(),
  'tags.get': ({ db }, { id }) => requireTag(db, id),
  'tags.update': ({ db }, input) => db.transaction(() => updateTag(db, input))(),
  'tags.list': ({ db }, input) => listTags(db, input),
  'tags.delete': ({ db }, { id }) => db.transaction(() => deleteTag(db, id))(),
  'tags.restore': ({ db }, { id }) => db.transaction(() => restoreTag(db, id))(),
};
