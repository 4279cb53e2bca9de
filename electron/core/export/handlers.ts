import type { HandlerGroup } from '../handler-types';
import { exportInWorker } from './export-in-worker';
import { storeExport } from './export-files';
import { buildExportModel } from './model';

export const exportsHandlers: HandlerGroup<'exports.privacy' | 'exports.collection' | 'exports.items'> = {
  'exports.items': async (library, { title, items, format }) => {
    const subject = { title, intro: null, items: items.map((i) => ({ ...i, heading: null, commentary: '' })) };
    const file = await exportInWorker(library, { kind: 'items', subject, format });
    return storeExport(library.dir, file);
  },
  'exports.privacy': ({ db }, { collectionId }) => buildExportModel(db, collectionId).privacy,
  'exports.collection': async (library, { collectionId, format }) => {
    const file = await exportInWorker(library, { kind: 'collection', collectionId, format });
    return storeExport(library.dir, file);
  },
};
