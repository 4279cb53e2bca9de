import type { HandlerGroup } from '../handler-types';
import { exportInWorker } from './export-in-worker';
import { buildExportModel } from './model';

export const exportsHandlers: HandlerGroup<'exports.privacy' | 'exports.collection' | 'exports.items'> = {
  'exports.items': (library, { title, items, format, language }) => {
    const subject = { title, intro: null, items: items.map((i) => ({ ...i, heading: null, commentary: '' })) };
    return exportInWorker(library, { kind: 'items', subject, format, language });
  },
  'exports.privacy': ({ db }, { collectionId }) => buildExportModel(db, collectionId).privacy,
  'exports.collection': (library, { collectionId, format, language }) => {
    return exportInWorker(library, { kind: 'collection', collectionId, format, language });
  },
};
