import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { errorMessage } from './form-errors';
import { useToasts } from './Toasts';

/** "Back-up maken": the whole library in one file in its backups folder; the toast says where. */
export function BackupButton() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="sidebar-action"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        api
          .call('backup.create', {})
          .then((r) => {
            toasts.show(t('backup.made', { file: r.file }));
            return queryClient.invalidateQueries({ queryKey: ['backup'] });
          })
          .catch((e: unknown) => toasts.show(t('backup.failed', { message: errorMessage(e) ?? '' })))
          .finally(() => setBusy(false));
      }}
    >
      {busy ? t('common.saving') : t('backup.make')}
    </button>
  );
}
