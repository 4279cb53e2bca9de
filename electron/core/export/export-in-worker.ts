import { join } from 'node:path';
import { currentNativeBinding } from '../db/native-binding';
import { AppError } from '../errors';
import type { Library } from '../library/library';
import { runInWorker } from '../workers/start-worker';
import type { ExportFile } from './export-collection';
import type { ExportJob, ExportWorkerAnswer, ExportWorkerData } from './export-worker';

/** Runs an export in a worker thread; the host stays free to answer other calls meanwhile. */
export async function exportInWorker(library: Library, job: ExportJob, signal?: AbortSignal): Promise<ExportFile> {
  const data: ExportWorkerData = { databaseFile: library.databaseFile, nativeBinding: currentNativeBinding(), job };
  const answer = await runInWorker<ExportWorkerAnswer>('export-worker', join(import.meta.dirname, 'export-worker.ts'), data, signal);
  if (!answer.ok) throw new AppError(answer.error.code, answer.error.message);
  return answer.file;
}
