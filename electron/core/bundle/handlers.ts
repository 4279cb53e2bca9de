import { AppError } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { importBundle } from './import-bundle';
import { importBundleArchive } from './import-bundle-archive';

export const bundleHandlers: HandlerGroup<'bundles.import'> = {
  'bundles.import': (library, { json, archiveBase64 }) => {
    if (archiveBase64 !== undefined) return importBundleArchive(library, Buffer.from(archiveBase64, 'base64'));
    if (json === undefined) throw new AppError('invalid_input', 'Geef een bundel (JSON) of een .wgbundle.');
    return importBundle(library.db, json);
  },
};
