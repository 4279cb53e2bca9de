import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import { entryFile } from './entry-file';

/**
 * Starts a worker thread from its entry (`entryFile`). Node cannot start a .ts worker by
 * itself, so the TypeScript source is loaded through tsx from a small bootstrap.
 */
export function startWorker(name: string, sourceFile: string, workerData: unknown): Worker {
  const entry = entryFile(name, sourceFile);
  if (entry.built) return new Worker(entry.file, { workerData });
  const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry.file)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, workerData });
}

/**
 * Ends a worker's job exactly once: the first of its answer, its error, its exit or an abort
 * settles it; then the worker is stopped and the abort listener removed.
 */
export function settleOnce(worker: Worker, signal: AbortSignal | undefined, reject: (error: unknown) => void, abortError: () => Error): (fn: () => void) => void {
  let settled = false;
  const settle = (fn: () => void) => {
    if (settled) return;
    settled = true;
    signal?.removeEventListener('abort', onAbort);
    fn();
    void worker.terminate();
  };
  const onAbort = () => settle(() => reject(abortError()));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  return settle;
}

/** Runs one job in a fresh worker and resolves with its one answer; stops it on abort. */
export function runInWorker<T>(name: string, sourceFile: string, workerData: unknown, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(name, sourceFile, workerData);
    // Refusals as the rest of core makes them, with a reason the window words (as read-in-worker does).
    const settle = settleOnce(worker, signal, reject, () => new AppError('cancelled', 'cancelled'));
    worker.once('message', (message: T) => settle(() => resolve(message)));
    worker.once('error', (error) => settle(() => reject(new AppError('internal', 'internal', {}, { detail: `worker ${name}: ${error.message}` }))));
    worker.once('exit', (code) => settle(() => reject(new AppError('internal', 'internal', {}, { detail: `worker ${name} stopped (exit code ${code})` }))));
  });
}
