import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread from its entry: the built `<name>.js` (beside the bundle that runs
 * this code, or one folder up from a shared chunk), else the TypeScript source through tsx
 * (tests, `npm run serve`). Node cannot start a .ts worker by itself.
 */
export function startWorker(name: string, sourceFile: string, workerData: unknown): Worker {
  const here = import.meta.dirname;
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, `${name}.js`);
    if (existsSync(built)) return new Worker(built, { workerData });
  }
  const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(sourceFile)}, ${JSON.stringify(import.meta.url)}))`;
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
    const settle = settleOnce(worker, signal, reject, () => Object.assign(new Error('cancelled'), { code: 'cancelled' }));
    worker.once('message', (message: T) => settle(() => resolve(message)));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`worker ${name} stopped (exit code ${code})`))));
  });
}
