import type { HandlerGroup } from '../handler-types';
import { createCollection, deleteCollection, listCollections, requireCollection, restoreCollection, updateCollection } from './store';

export const collectionsHandlers: HandlerGroup<`collections.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore'}`> = {
  'collections.create': ({ db }, input) => db.transaction(() => createCollection(db, input))(),
  'collections.get': ({ db }, { id }) => requireCollection(db, id),
  'collections.update': ({ db }, input) => db.transaction(() => updateCollection(db, input))(),
  'collections.list': ({ db }, input) => listCollections(db, input),
  'collections.delete': ({ db }, { id }) => db.transaction(() => deleteCollection(db, id))(),
  'collections.restore': ({ db }, { id }) => db.transaction(() => restoreCollection(db, id))(),
};
