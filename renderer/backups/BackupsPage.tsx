import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useChannelQuery } from '../api/queries';
import { BackupButton } from '../ui/BackupButton';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

/** Back-ups: make one now, or put an earlier one back (after a check, keeping the current one). */
export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const backups = useChannelQuery('backup.list', {}).data ?? [];
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const restore = async (file: string) => {
    setBusy(true);
    try {
      const { keptAs } = await api.call('backup.restore', { file });
      await queryClient.invalidateQueries();
      toasts.show(t('backup.restored', { keptAs }));
    } catch (error) {
      toasts.show(t('backup.restoreFailed', { message: errorMessage(error) ?? '' }));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  return (
    <section className="backups-page" aria-labelledby="backups-title">
      <h1 id="backups-title">{t('backup.title')}</h1>
      <p className="muted">{t('backup.intro')}</p>
      <BackupButton />
      <ul className="trash-list">
        {backups.map((b) => (
          <li key={b.file}>
            <span className="badge">{b.automatic ? t('backup.automatic') : t('backup.manual')}</span>
            <span className="row-primary">{b.name}</span>
            <span className="row-secondary">
              {new Date(b.modifiedAt).toLocaleString(i18n.language)} · {Math.max(1, Math.round(b.bytes / 1024))} kB
            </span>
            {confirming === b.file ? (
              <span>
                <button type="button" className="danger" disabled={busy} onClick={() => void restore(b.file)}>
                  {t('backup.confirm')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirming(b.file)} aria-label={`${t('backup.restore')}: ${b.name}`}>
                {t('backup.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {backups.length === 0 && <p className="muted">{t('backup.none')}</p>}
    </section>
  );
}
