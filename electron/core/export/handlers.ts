import type { HandlerGroup } from '../handler-types';
import { exportInWorker } from './export-in-worker';
import { buildExportModel } from './model';

export const exportsHandlers: HandlerGroup<'exports.privacy' | 'exports.collection' | 'exports.items'> = {
  'exports.items': (library, { title, items, format, language, citationStyle }) => {
    const subject = { title, intro: null, items: items.map((i) => ({ ...i, heading: null, commentary: '' })) };
    return exportInWorker(library, { kind: 'items', subject, format, style: { language, citation: citationStyle } });
  },
  'exports.privacy': ({ db }, { collectionId }) => buildExportModel(db, collectionId).privacy,
  'exports.collection': (library, { collectionId, format, language, citationStyle }) => {
    return exportInWorker(library, { kind: 'collection', collectionId, format, style: { language, citation: citationStyle } });
  },
};
