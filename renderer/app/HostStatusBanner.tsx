import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostStatusEvent } from '../../shared/api/events';
import { useApi } from '../api/ApiProvider';

/**
 * Says so when the process that keeps the library stopped unexpectedly: while it is restarted
 * (the last action may not have been saved), once it is back, or when it gave up.
 */
export function HostStatusBanner() {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<Exclude<HostStatusEvent['state'], 'running'> | 'recovered' | null>(null);
  useEffect(
    () =>
      api.on('host.status', (event) => {
        setStatus((previous) => (event.state === 'running' ? (previous ? 'recovered' : null) : event.state));
      }),
    [api],
  );
  if (!status) return null;
  return (
    <div role="alert" className={`host-status host-status-${status}`}>
      <span>{t(`host.${status}`)}</span>
      {status === 'recovered' && (
        <button type="button" onClick={() => setStatus(null)}>
          {t('common.close')}
        </button>
      )}
    </div>
  );
}
