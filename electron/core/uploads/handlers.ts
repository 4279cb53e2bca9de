import type { HandlerGroup } from '../handler-types';
import { appendUpload, discardUpload } from './uploads';

export const uploadsHandlers: HandlerGroup<'uploads.append' | 'uploads.discard'> = {
  'uploads.append': (library, { uploadId, dataBase64 }) => appendUpload(library.dir, uploadId, dataBase64),
  'uploads.discard': (library, { uploadId }) => {
    discardUpload(library.dir, uploadId);
    return { ok: true };
  },
};
