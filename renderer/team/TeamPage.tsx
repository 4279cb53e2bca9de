import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { ApiCallError } from '../api/client';
import { useChannelQuery } from '../api/queries';
import { ErrorText } from '../ui/ErrorText';
import { errorMessage } from '../ui/form-errors';
import { ConflictList } from './ConflictList';

/**
 * "Teambibliotheek": connect this library to the team's PostgreSQL, see how sync stands
 * (last synced, changes waiting, conflicts, the server unreachable), sync now, and resolve
 * conflicts. The password is kept for this session only, never written down.
 */
export function TeamPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const status = useChannelQuery('team.status', {}, { refetchInterval: 2000 }).data;
  const [server, setServer] = useState('');
  const [team, setTeam] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await action());
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const connect = () =>
    run(async () => {
      await api.call('team.connect', { server: server || (status?.server ?? ''), team: team || (status?.team ?? ''), password });
      setPassword('');
      return t('team.connected');
    });
  const syncNow = () =>
    run(async () => {
      const report = await api.call('team.sync', {});
      return t('team.synced', { ...report });
    });

  const stateText = status ? t(`team.states.${status.state}`) : '';
  return (
    <section className="team-page" aria-labelledby="team-title">
      <h1 id="team-title">{t('team.title')}</h1>
      <p className="muted">{t('team.intro')}</p>
      {status?.server && (
        <dl className="team-status" aria-label={t('team.statusLabel')}>
          <dt>{t('team.server')}</dt>
          <dd>{status.server}</dd>
          <dt>{t('team.team')}</dt>
          <dd>{status.team}</dd>
          <dt>{t('team.state')}</dt>
          <dd role="status">
            {stateText}
            {status.progress && ` ${status.progress.phase === 'push' ? t('team.progressPush', { done: status.progress.done, total: status.progress.total ?? 0 }) : t('team.progressPull', { done: status.progress.done })}`}
            {status.lastError && ` — ${errorMessage(new ApiCallError(status.lastError)) ?? ''}`}
          </dd>
          <dt>{t('team.lastSynced')}</dt>
          <dd>{status.lastSyncedAt ? new Date(status.lastSyncedAt).toLocaleString(i18n.language) : t('team.never')}</dd>
          <dt>{t('team.pending')}</dt>
          <dd>{status.pending}</dd>
          <dt>{t('team.conflictCount')}</dt>
          <dd>{status.conflicts}</dd>
          <dt>{t('team.password')}</dt>
          <dd>{status.remembered ? t('team.remembered') : status.connected ? t('team.sessionOnly') : t('team.notEntered')}</dd>
        </dl>
      )}
      <form
        className="team-form"
        onSubmit={(e) => {
          e.preventDefault();
          void connect();
        }}
      >
        {!status?.server && (
          <>
            <label>
              {t('team.server')}
              <input value={server} onChange={(e) => setServer(e.target.value)} placeholder="postgres://anna@server.example.nl:5432/wijkgeheugen" required />
            </label>
            <label>
              {t('team.team')}
              <input value={team} onChange={(e) => setTeam(e.target.value)} required />
            </label>
          </>
        )}
        {!status?.connected && (
          <label>
            {t('team.password')}
            <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
        )}
        <div className="button-row">
          {!status?.connected && (
            <button type="submit" disabled={busy}>
              {busy ? t('team.busy') : t('team.connect')}
            </button>
          )}
          {status?.connected && (
            <>
              <button type="button" disabled={busy || status.state === 'syncing'} onClick={() => void syncNow()}>
                {busy || status.state === 'syncing' ? t('team.busy') : t('team.syncNow')}
              </button>
              <button type="button" disabled={busy} onClick={() => void run(async () => (await api.call('team.disconnect', {}), t('team.disconnected')))}>
                {t('team.disconnect')}
              </button>
            </>
          )}
        </div>
      </form>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      <ErrorText message={error} />
      {status?.server && <ConflictList />}
    </section>
  );
}
