import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ApiError } from '../../../shared/api/errors';
import type { ExportFormat } from '../../../shared/api/exports';
import type { ProjectFormat } from '../../../shared/api/projects';
import { writeProjectExport } from '../refi/write-project-export';
import { AppError, messageOf } from '../errors';
import { type ExportStyle, exportItems, type WrittenExport, writeCollectionExport, written } from './export-collection';
import type { ExportSubject } from './model';

export type ExportJob =
  | { kind: 'collection'; collectionId: string; format: ExportFormat; style: ExportStyle }
  | { kind: 'items'; subject: ExportSubject; format: Exclude<ExportFormat, 'json' | 'wgbundle'>; style: ExportStyle }
  | { kind: 'project'; format: ProjectFormat; originalsDir: string; researcher: string };

export interface ExportWorkerData {
  databaseFile: string;
  nativeBinding: string | undefined;
  job: ExportJob;
  /** Where the worker writes the file (a scratch file the host then names). */
  outFile: string;
}

export type ExportWorkerAnswer = { ok: true; file: WrittenExport } | { ok: false; error: ApiError };

/**
 * An export in its own thread with its own read-only connection (WAL lets it read while the
 * host writes), so that building and laying out thousands of quotes never holds up the calls
 * the host answers meanwhile. It writes the file itself; only a few facts come back.
 */
async function run(data: ExportWorkerData): Promise<ExportWorkerAnswer> {
  const db = new Database(data.databaseFile, { readonly: true, fileMustExist: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    const { job } = data;
    const file =
      job.kind === 'collection'
        ? await writeCollectionExport(db, job.collectionId, job.format, data.outFile, new Date(), job.style)
        : job.kind === 'project'
          ? await writeProjectExport(db, job.format, data.outFile, job)
          : written(await exportItems(db, job.subject, job.format, new Date(), job.style), data.outFile);
    return { ok: true, file };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    return { ok: false, error: new AppError('internal', 'internal', {}, { detail: messageOf(error) }).toApiError() };
  } finally {
    db.close();
  }
}

const answer = await run(workerData as ExportWorkerData);
parentPort?.postMessage(answer);
