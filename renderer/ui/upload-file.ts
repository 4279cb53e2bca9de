import { UPLOAD_PART_BYTES } from '../../shared/api/uploads';
import type { ApiClient } from '../api/client';
import { readAsBase64 } from './read-file';

/**
 * Sends a file of any size to the library in 8 MB parts (uploads.append) and returns the upload's
 * id for the call that reads it. Only one part is in memory at a time, in the window and in the
 * library's process; an upload that fails halfway is discarded.
 */
export async function uploadFile(api: ApiClient, file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  let uploadId: string | undefined;
  try {
    for (let start = 0; start < Math.max(file.size, 1); start += UPLOAD_PART_BYTES) {
      const part = await readAsBase64(file.slice(start, start + UPLOAD_PART_BYTES));
      ({ uploadId } = await api.call('uploads.append', { ...(uploadId ? { uploadId } : {}), dataBase64: part }));
      onProgress(Math.min(1, (start + UPLOAD_PART_BYTES) / Math.max(file.size, 1)));
    }
  } catch (error) {
    // The part already sent is of no use; the scratch folder is also emptied at the next start.
    if (uploadId) await api.call('uploads.discard', { uploadId }).catch((discardError: unknown) => console.warn('[wijkgeheugen] discarding an upload failed:', discardError));
    throw error;
  }
  if (!uploadId) throw new Error('empty upload');
  return uploadId;
}
