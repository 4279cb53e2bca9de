import type { HandlerGroup } from '../handler-types';
import { importTextSource } from './import-text';
import { createSource, deleteSource, listSources, requireSource, restoreSource, updateSource } from './store';

export const sourcesHandlers: HandlerGroup<
  `sources.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'importText'}`
> = {
  'sources.create': ({ db }, input) => db.transaction(() => createSource(db, input))(),
  'sources.get': ({ db }, { id }) => requireSource(db, id),
  'sources.update': ({ db }, input) => db.transaction(() => updateSource(db, input))(),
  'sources.list': ({ db }, input) => listSources(db, input),
  'sources.delete': ({ db }, { id }) => db.transaction(() => deleteSource(db, id))(),
  'sources.restore': ({ db }, { id }) => db.transaction(() => restoreSource(db, id))(),
  'sources.importText': (library, { fileName, content }) =>
    importTextSource(library, fileName, new TextEncoder().encode(content)),
};
