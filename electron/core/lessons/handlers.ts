import type { HandlerGroup } from '../handler-types';
import { mergeLessons } from './merge';
import { createLesson, deleteLesson, listLessons, requireLesson, restoreLesson, updateLesson } from './store';

export const lessonsHandlers: HandlerGroup<`lessons.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'merge'}`> = {
  'lessons.merge': ({ db }, { keepId, mergeId }) => db.transaction(() => mergeLessons(db, keepId, mergeId))(),
  'lessons.create': ({ db }, input) => db.transaction(() => createLesson(db, input))(),
  'lessons.get': ({ db }, { id }) => requireLesson(db, id),
  'lessons.update': ({ db }, input) => db.transaction(() => updateLesson(db, input))(),
  'lessons.list': ({ db }, input) => listLessons(db, input),
  'lessons.delete': ({ db }, { id }) => db.transaction(() => deleteLesson(db, id))(),
  'lessons.restore': ({ db }, { id }) => db.transaction(() => restoreLesson(db, id))(),
};
