import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportProgress {
  current: string;
  index: number;
  count: number;
}

interface ImportQueueApi {
  progress: ImportProgress | null;
  /** Runs the files one by one; `cancelled()` tells the loop to stop before the next file. */
  run(files: readonly File[], importOne: (file: File, index: number) => Promise<void>): Promise<void>;
  cancel(): void;
}

const ImportQueueContext = createContext<ImportQueueApi | null>(null);

export function useImportQueue(): ImportQueueApi {
  const queue = useContext(ImportQueueContext);
  if (!queue) throw new Error('useImportQueue outside ImportQueueProvider');
  return queue;
}

/**
 * Long imports (many files, or a big PDF) show which file is being read and can be stopped:
 * stopping lets the current file finish (it is stored whole or not at all) and skips the rest.
 */
export function ImportQueueProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const stop = useRef(false);
  const run = useCallback(async (files: readonly File[], importOne: (file: File, index: number) => Promise<void>) => {
    stop.current = false;
    try {
      for (const [index, file] of files.entries()) {
        if (stop.current) break;
        setProgress({ current: file.name, index: index + 1, count: files.length });
        await importOne(file, index);
      }
    } finally {
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => {
    stop.current = true;
  }, []);
  const api = useMemo(() => ({ progress, run, cancel }), [progress, run, cancel]);
  return (
    <ImportQueueContext.Provider value={api}>
      {children}
      {progress && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress max={progress.count} value={progress.index - 1} aria-label={t('import.progressLabel')} />
          <span>{t('import.busy', { name: progress.current, index: progress.index, count: progress.count })}</span>
          <button type="button" onClick={cancel}>
            {t('import.stop')}
          </button>
        </div>
      )}
    </ImportQueueContext.Provider>
  );
}
