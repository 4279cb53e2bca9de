import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { useTranslation } from 'react-i18next';
import { useFailureReporter } from '../ui/useFailureReporter';

interface ImportProgress {
  current: string;
  index: number;
  count: number;
  /** Steps within the current file (pages of a PDF), when the core reports them. */
  step?: { done: number; total: number };
}

interface ImportQueueApi {
  progress: ImportProgress | null;
  /** Runs the files one by one; `cancelled()` tells the loop to stop before the next file. */
  run(files: readonly File[], importOne: (file: File, taskId: string) => Promise<void>): Promise<void>;
  cancel(): void;
}

const ImportQueueContext = createContext<ImportQueueApi | null>(null);

export function useImportQueue(): ImportQueueApi {
  const queue = useContext(ImportQueueContext);
  if (!queue) throw new Error('useImportQueue outside ImportQueueProvider');
  return queue;
}

/**
 * Long imports (many files, or a big PDF) show which file and page is being read and can be
 * stopped: the current file stops at its next page and nothing of it is stored; the rest is skipped.
 */
export function ImportQueueProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const stop = useRef(false);
  const currentTask = useRef<string | null>(null);
  useEffect(
    () =>
      api.on('task.progress', (event) => {
        if (event.taskId !== currentTask.current) return;
        setProgress((p) => (p ? { ...p, step: { done: event.done, total: event.total } } : p));
      }),
    [api],
  );
  const run = useCallback(async (files: readonly File[], importOne: (file: File, taskId: string) => Promise<void>) => {
    stop.current = false;
    try {
      for (const [index, file] of files.entries()) {
        if (stop.current) break;
        const taskId = crypto.randomUUID();
        currentTask.current = taskId;
        setProgress({ current: file.name, index: index + 1, count: files.length });
        await importOne(file, taskId);
      }
    } finally {
      currentTask.current = null;
      setProgress(null);
    }
  }, []);
  // Stopping skips the files still to come and stops the current one at its next step.
  const reportFailure = useFailureReporter();
  const cancel = useCallback(() => {
    stop.current = true;
    // A stop that does not arrive (the library process is away) is said, not dropped.
    if (currentTask.current) void api.call('tasks.cancel', { taskId: currentTask.current }).catch(reportFailure);
  }, [api, reportFailure]);
  const queue = useMemo(() => ({ progress, run, cancel }), [progress, run, cancel]);
  return (
    <ImportQueueContext.Provider value={queue}>
      {children}
      {progress && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress max={progress.count} value={progress.index - 1} aria-label={t('import.progressLabel')} />
          <span>
            {t('import.busy', { name: progress.current, index: progress.index, count: progress.count })}
            {progress.step && progress.step.total > 1 ? ` ${t('import.pages', { done: progress.step.done, total: progress.step.total })}` : ''}
          </span>
          <button type="button" onClick={cancel}>
            {t('import.stop')}
          </button>
        </div>
      )}
    </ImportQueueContext.Provider>
  );
}
