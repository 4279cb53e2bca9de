import type { HandlerGroup } from '../handler-types';
import { importFile } from '../io/import-file';
import { requireLive } from '../db/rows';
import { quotesThatWouldDetach } from '../quotes/reanchor';
import { writeSpeakers } from './speakers';
import { createSource, deleteSource, listSources, requireSource, restoreSource, updateSource } from './store';

export const sourcesHandlers: HandlerGroup<
  `sources.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'importFile' | 'matchSpeakers' | 'previewCorrection'}`
> = {
  'sources.create': ({ db }, input) => db.transaction(() => createSource(db, input))(),
  'sources.get': ({ db }, { id }) => requireSource(db, id),
  'sources.previewCorrection': ({ db }, { id, text }) => ({ detached: quotesThatWouldDetach(db, id, text) }),
  'sources.update': ({ db }, input) => db.transaction(() => updateSource(db, input))(),
  'sources.list': ({ db }, input) => listSources(db, input),
  'sources.delete': ({ db }, { id }) => db.transaction(() => deleteSource(db, id))(),
  'sources.restore': ({ db }, { id }) => db.transaction(() => restoreSource(db, id))(),
  'sources.importFile': (library, { fileName, dataBase64, taskId }) => {
    return importFile(library, fileName, Buffer.from(dataBase64, 'base64'), taskId);
  },
  'sources.matchSpeakers': ({ db }, { id, speakers }) =>
    db.transaction(() => {
      requireLive(db, 'sources', id, 'Bron');
      writeSpeakers(db, id, speakers);
      return requireSource(db, id);
    })(),
};
