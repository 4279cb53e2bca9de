import { UPLOAD_PART_BYTES } from '../../shared/api/uploads';
import type { ApiClient } from '../api/client';
import { readAsBase64 } from './read-file';

/**
 * Sends a file of any size to the library in 8 MB parts (uploads.append) and returns the upload's
 * id for the call that reads it. Only one part is in memory at a time, in the window and in the
 * library's process; an upload that fails halfway is discarded.
 */
export async function uploadFile(api: ApiClient, file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  // The first part starts the upload, even an empty one: an empty file is then refused by what reads it, with its own reason.
  const first = await api.call('uploads.append', { dataBase64: await readAsBase64(file.slice(0, UPLOAD_PART_BYTES)) });
  const { uploadId } = first;
  try {
    for (let start = UPLOAD_PART_BYTES; start < file.size; start += UPLOAD_PART_BYTES) {
      onProgress(start / file.size);
      await api.call('uploads.append', { uploadId, dataBase64: await readAsBase64(file.slice(start, start + UPLOAD_PART_BYTES)) });
    }
  } catch (error) {
    // The parts already sent are of no use; the scratch folder is also emptied at the next start.
    await api.call('uploads.discard', { uploadId }).catch((discardError: unknown) => console.warn('[wijkgeheugen] discarding an upload failed:', discardError));
    throw error;
  }
  onProgress(1);
  return uploadId;
}
