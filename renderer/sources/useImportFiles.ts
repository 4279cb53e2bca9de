import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useNavigation } from '../app/navigation';
import { errorMessage } from '../ui/form-errors';
import { readAsBase64 } from '../ui/read-file';
import { useToasts } from '../ui/Toasts';
import { useImportQueue } from './ImportQueue';

export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,.vtt,.srt';
const MAX_BYTES = 50 * 1024 * 1024;


/** Imports dropped or chosen files one by one; each success opens its source, each failure says why. */
export function useImportFiles() {
  const api = useApi();
  const nav = useNavigation();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const queue = useImportQueue();
  const { t } = useTranslation();
  return async (files: readonly File[]) => {
    let lastId: string | null = null;
    await queue.run(files, async (file, taskId) => {
      if (file.size > MAX_BYTES) {
        toasts.show(t('import.tooLarge', { name: file.name }));
        return;
      }
      try {
        const result = await api.call('sources.importFile', { fileName: file.name, dataBase64: await readAsBase64(file), taskId });
        lastId = result.source.id;
        toasts.show(
          result.speakers.length > 0
            ? t('import.doneWithSpeakers', { title: result.source.title, count: result.speakers.length })
            : t('import.done', { title: result.source.title }),
        );
      } catch (error) {
        toasts.show(t('import.failed', { message: errorMessage(error) ?? '' }));
      }
    });
    await queryClient.invalidateQueries();
    if (lastId) nav.go('sources', lastId);
  };
}
