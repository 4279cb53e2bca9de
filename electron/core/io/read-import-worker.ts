import { parentPort, workerData } from 'node:worker_threads';
import type { ApiError } from '../../../shared/api/errors';
import { AppError, messageOf } from '../errors';
import type { ImportedDocument } from './imported-document';
import { readImport } from './read-import';

export interface ReadImportData {
  fileName: string;
  bytes: Uint8Array;
}

export type ReadImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; document: ImportedDocument }
  | { type: 'error'; error: ApiError };

/**
 * Parsing an imported file (pdf.js, mammoth, the HTML parser) in its own thread: a large or
 * hostile file costs this thread, not the one that answers the app, and a stop ends it at once.
 */
const { fileName, bytes } = workerData as ReadImportData;
const post = (message: ReadImportMessage) => parentPort?.postMessage(message);
try {
  const document = await readImport(fileName, bytes, (done, total) => {
    post({ type: 'progress', done, total });
    return Promise.resolve();
  });
  post({ type: 'done', document });
} catch (error) {
  post({ type: 'error', error: (error instanceof AppError ? error : new AppError('invalid_input', 'fileUnreadable', { name: fileName }, { detail: messageOf(error) })).toApiError() });
}
