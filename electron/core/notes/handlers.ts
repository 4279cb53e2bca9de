import type { HandlerGroup } from '../handler-types';
import { backlinksOf } from './backlinks';
import { createNote, deleteNote, listNotes, requireNote, restoreNote, updateNote } from './store';

export const notesHandlers: HandlerGroup<`notes.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'backlinks'}`> = {
  'notes.backlinks': ({ db }, ref) => backlinksOf(db, ref),
  'notes.create': ({ db }, input) => db.transaction(() => createNote(db, input))(),
  'notes.get': ({ db }, { id }) => requireNote(db, id),
  'notes.update': ({ db }, input) => db.transaction(() => updateNote(db, input))(),
  'notes.list': ({ db }, input) => listNotes(db, input),
  'notes.delete': ({ db }, { id }) => db.transaction(() => deleteNote(db, id))(),
  'notes.restore': ({ db }, { id }) => db.transaction(() => restoreNote(db, id))(),
};
