import { z } from 'zod';
import { channel } from './channel';
import { base64Schema, idSchema, okSchema } from './common';
import { VALIDATION } from './validation-messages';

/** One part of an upload: 8 MB of the file, well under what either transport carries in one call. */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;
const MAX_PART_BASE64 = Math.ceil((UPLOAD_PART_BYTES * 4) / 3) + 4;
/** What one upload may grow to: a bundle of a million quotes with long sources, not a disk. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024;

/**
 * A file too large for one call (a bundle of 300 MB), sent in parts and kept in the library's
 * scratch folder until the call that reads it (bundles.import with its uploadId) streams it and
 * removes it. Parts are appended in order; the first call starts the upload and returns its id.
 */
export const uploadsChannels = {
  'uploads.append': channel(
    z.strictObject({
      uploadId: idSchema.optional(),
      dataBase64: base64Schema(MAX_PART_BASE64, VALIDATION.uploadPartTooLarge),
    }),
    z.object({ uploadId: idSchema, bytes: z.int() }),
  ),
  'uploads.discard': channel(z.strictObject({ uploadId: idSchema }), okSchema),
};
