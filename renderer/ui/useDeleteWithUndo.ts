import { useTranslation } from 'react-i18next';
import type { EntityArea } from '../../shared/api/channel-names';
import { useApi } from '../api/ApiProvider';
import { useQueryClient } from '@tanstack/react-query';
import { useToasts } from './Toasts';

/** Delete goes to the trash, and the toast offers to undo it at once. */
export function useDeleteWithUndo(area: EntityArea) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const { t } = useTranslation();
  const refresh = () => Promise.all([area, 'trash', 'library', 'quotes'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
  return async (id: string, title: string) => {
    await api.call(`${area}.delete`, { id });
    await refresh();
    toasts.show(t('common.movedToTrash', { title }), {
      label: t('common.undo'),
      run: () => {
        void api.call(`${area}.restore`, { id }).then(refresh);
      },
    });
  };
}
