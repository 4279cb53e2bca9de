import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useNavigation } from '../app/navigation';
import { errorMessage } from './form-errors';
import { ErrorText } from './ErrorText';

/** What a new user sees first: what the app is for, the one step to take, or the example to explore. */
export function EmptyLibrary() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loadExample = async () => {
    setBusy(true);
    try {
      await api.call('library.loadExample', {});
      await queryClient.invalidateQueries();
      nav.go('recurring');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => nav.go('sources', 'new')}>
          {t('empty.firstSource')}
        </button>
        <button type="button" onClick={() => nav.go('people', 'new')}>
          {t('empty.firstPerson')}
        </button>
      </div>
      <p className="example-offer">
        {t('empty.exampleText')}{' '}
        <button type="button" disabled={busy} onClick={() => void loadExample()}>
          {busy ? t('common.saving') : t('empty.example')}
        </button>
      </p>
      <ErrorText message={error} />
    </div>
  );
}
