import { AppError } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { importBundle } from './import-bundle';
import { importBundleArchive } from './import-bundle-archive';

export const bundleHandlers: HandlerGroup<'bundles.import'> = {
  'bundles.import': (library, { json, archiveBase64, fileName }) => {
    if (archiveBase64 !== undefined) return importBundleArchive(library, Buffer.from(archiveBase64, 'base64'), fileName);
    if (json === undefined) throw new AppError('invalid_input', 'bundleOrArchive');
    return importBundle(library.db, json, fileName);
  },
};
