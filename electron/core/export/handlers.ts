import type { HandlerGroup } from '../handler-types';
import { exportCollection, exportItems } from './export-collection';
import { buildExportModel } from './model';

export const exportsHandlers: HandlerGroup<'exports.privacy' | 'exports.collection' | 'exports.items'> = {
  'exports.items': async ({ db }, { title, items, format }) => {
    const file = await exportItems(db, { title, intro: null, items: items.map((i) => ({ ...i, heading: null, commentary: '' })) }, format);
    return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'exports.privacy': ({ db }, { collectionId }) => buildExportModel(db, collectionId).privacy,
  'exports.collection': async ({ db }, { collectionId, format }) => {
    const file = await exportCollection(db, collectionId, format);
    return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
};
