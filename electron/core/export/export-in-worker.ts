import { join } from 'node:path';
import { currentNativeBinding } from '../db/native-binding';
import { fromApiError } from '../errors';
import type { Library } from '../library/library';
import { runInWorker } from '../workers/start-worker';
import { finishExport, reserveExport, type StoredExport } from './export-files';
import type { ExportJob, ExportWorkerAnswer, ExportWorkerData } from './export-worker';

/**
 * Runs an export in a worker thread, which writes the file into the library's scratch folder;
 * the host stays free to answer other calls meanwhile, and the file is downloaded by its id.
 */
export async function exportInWorker(library: Library, job: ExportJob, signal?: AbortSignal): Promise<StoredExport> {
  const reservation = reserveExport(library.dir);
  const data: ExportWorkerData = { databaseFile: library.databaseFile, nativeBinding: currentNativeBinding(), job, outFile: reservation.tempFile };
  try {
    const answer = await runInWorker<ExportWorkerAnswer>('export-worker', join(import.meta.dirname, 'export-worker.ts'), data, signal);
    if (!answer.ok) throw fromApiError(answer.error);
    return finishExport(reservation, answer.file);
  } catch (error) {
    reservation.discard();
    throw error;
  }
}
