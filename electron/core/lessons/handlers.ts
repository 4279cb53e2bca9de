import type { HandlerGroup } from '../handler-types';
import { newId } from '../ids';
import { lessonMergeSlices } from '../undo/merge-snapshots';
import { takeSnapshot } from '../undo/snapshot';
import { lessonFromQuotes } from './from-quotes';
import { mergeLessons } from './merge';
import { createLesson, deleteLesson, listLessons, requireLesson, restoreLesson, updateLesson } from './store';

export const lessonsHandlers: HandlerGroup<`lessons.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'merge' | 'fromQuotes'}`> = {
  'lessons.fromQuotes': ({ db }, input) => db.transaction(() => lessonFromQuotes(db, input))(),
  'lessons.merge': ({ db, undo }, { keepId, mergeId }) =>
    db.transaction(() => {
      const snapshot = takeSnapshot(db, lessonMergeSlices(db, keepId, mergeId));
      const lesson = mergeLessons(db, keepId, mergeId);
      const undoId = newId();
      undo.remember(undoId, snapshot);
      return { ...lesson, undoId };
    })(),
  'lessons.create': ({ db }, input) => db.transaction(() => createLesson(db, input))(),
  'lessons.get': ({ db }, { id }) => requireLesson(db, id),
  'lessons.update': ({ db }, input) => db.transaction(() => updateLesson(db, input))(),
  'lessons.list': ({ db }, input) => listLessons(db, input),
  'lessons.delete': ({ db }, { id }) => db.transaction(() => deleteLesson(db, id))(),
  'lessons.restore': ({ db }, { id }) => db.transaction(() => restoreLesson(db, id))(),
};
