import { join } from 'node:path';
import { AppError, fromApiError } from '../errors';
import { settleOnce, startWorker } from '../workers/start-worker';
import type { ImportedDocument } from './imported-document';
import type { ReadImportData, ReadImportMessage } from './read-import-worker';

/**
 * Reads an imported file in a worker thread. Progress is handed to `step` (which reports it and
 * throws when the user stopped the import); an abort ends the worker at once, wherever it is.
 */
export function readImportInWorker(fileName: string, bytes: Uint8Array, step: (done: number, total: number) => Promise<void>, signal?: AbortSignal): Promise<ImportedDocument> {
  return new Promise((resolve, reject) => {
    const data: ReadImportData = { fileName, bytes };
    const worker = startWorker('read-import-worker', join(import.meta.dirname, 'read-import-worker.ts'), data);
    const settle = settleOnce(worker, signal, reject, () => new AppError('cancelled', 'cancelled'));
    worker.on('message', (message: ReadImportMessage) => {
      if (message.type === 'progress') step(message.done, message.total).catch((error: unknown) => settle(() => reject(error)));
      else if (message.type === 'done') settle(() => resolve(message.document));
      else settle(() => reject(fromApiError(message.error)));
    });
    worker.once('error', (error) => settle(() => reject(new AppError('invalid_input', 'fileUnreadable', { name: fileName }, { detail: error.message }))));
    worker.once('exit', (code) => settle(() => reject(new AppError('internal', 'importStopped', { name: fileName }, { detail: `code ${code}` }))));
  });
}
