import { AppError } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { readUpload, takeUpload } from '../uploads/uploads';
import { MAX_ARCHIVE_UPLOAD_BYTES } from './import-bundle-archive';
import { importBundle, importBundleStream } from './import-bundle';
import { importBundleArchive } from './import-bundle-archive';

export const bundleHandlers: HandlerGroup<'bundles.import'> = {
  'bundles.import': (library, { json, archiveBase64, uploadId, archive, fileName }) => {
    if (archiveBase64 !== undefined) return importBundleArchive(library, Buffer.from(archiveBase64, 'base64'), fileName);
    // A .wgbundle is a zip: read whole (its bounds are checked before anything is unpacked), then merged.
    if (uploadId !== undefined && archive) return importBundleArchive(library, takeUpload(library.dir, uploadId, MAX_ARCHIVE_UPLOAD_BYTES), fileName);
    // A bundle of any size, sent in parts beforehand: streamed from the scratch folder, one item in memory at a time.
    if (uploadId !== undefined) return importBundleStream(library.db, readUpload(library.dir, uploadId), fileName);
    if (json === undefined) throw new AppError('invalid_input', 'bundleOrArchive');
    return importBundle(library.db, json, fileName);
  },
};
