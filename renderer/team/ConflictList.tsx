import type { nl } from '../i18n/nl';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictView } from '../../shared/api/team';
import { useApi } from '../api/ApiProvider';
import { useChannelQuery } from '../api/queries';
import { ErrorText } from '../ui/ErrorText';
import { errorMessage } from '../ui/form-errors';

const shown = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** "Conflicten": items both sides changed in the same field, both versions side by side until the researcher chooses. */
export function ConflictList() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const conflicts = useChannelQuery('team.conflicts', {}).data ?? [];
  // The kind comes from the team server as text: worded when it is one we know.
  const kindName = (kind: string) => (i18n.exists(`team.kinds.${kind}`) ? t(`team.kinds.${kind as keyof typeof nl.team.kinds}`) : kind);
  const [error, setError] = useState<string | null>(null);
  const resolve = async (conflict: SyncConflictView, keep: 'local' | 'remote') => {
    setError(null);
    try {
      await api.call('team.resolve', { kind: conflict.kind as 'quote', id: conflict.id, keep });
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('team.conflictsTitle', { count: conflicts.length })}</h2>
      {conflicts.length === 0 && <p className="muted">{t('team.noConflicts')}</p>}
      <ErrorText message={error} />
      <ul className="conflict-list">
        {conflicts.map((c) => (
          <li key={`${c.kind}:${c.id}`} aria-label={`${kindName(c.kind)}: ${c.title}`}>
            <h3>
              {kindName(c.kind)}: {c.title}
            </h3>
            <p className="muted">{t('team.conflictBy', { who: c.remoteBy, when: new Date(c.detectedAt).toLocaleString(i18n.language), fields: c.fields.map((f) => t(`team.fields.${f}`, { defaultValue: f })).join(', ') })}</p>
            <table className="conflict-table">
              <thead>
                <tr>
                  <th scope="col">{t('team.field')}</th>
                  <th scope="col">{t('team.mine')}</th>
                  <th scope="col">{t('team.theirs', { who: c.remoteBy })}</th>
                </tr>
              </thead>
              <tbody>
                {c.fields.map((field) => (
                  <tr key={field}>
                    <th scope="row">{t(`team.fields.${field}`, { defaultValue: field })}</th>
                    <td>{c.local ? shown(c.local[field]) : t('team.purged')}</td>
                    <td>{c.remote ? shown(c.remote[field]) : t('team.purged')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="button-row">
              <button type="button" onClick={() => void resolve(c, 'local')}>
                {t('team.keepMine')}
              </button>
              <button type="button" onClick={() => void resolve(c, 'remote')}>
                {t('team.takeTheirs', { who: c.remoteBy })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
