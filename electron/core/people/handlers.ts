import type { HandlerGroup } from '../handler-types';
import { createPerson, deletePerson, listPeople, requirePerson, restorePerson, updatePerson } from './store';

export const peopleHandlers: HandlerGroup<`people.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore'}`> = {
  'people.create': ({ db }, input) => db.transaction(() => createPerson(db, input))(),
  'people.get': ({ db }, { id }) => requirePerson(db, id),
  'people.update': ({ db }, input) => db.transaction(() => updatePerson(db, input))(),
  'people.list': ({ db }, input) => listPeople(db, input),
  'people.delete': ({ db }, { id }) => db.transaction(() => deletePerson(db, id))(),
  'people.restore': ({ db }, { id }) => db.transaction(() => restorePerson(db, id))(),
};
