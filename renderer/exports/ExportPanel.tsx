import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/api/exports';
import { useApi } from '../api/ApiProvider';
import { useChannelQuery } from '../api/queries';
import { errorMessage } from '../ui/form-errors';
import { download } from './download';
import { ErrorText } from '../ui/ErrorText';
import { dateLanguage } from '../i18n/dates';

/**
 * Export a collection. Before writing, it says who appears by name, under a pseudonym, or not
 * at all, as each profile's consent says; the same rule applies in every format.
 */
export function ExportPanel({ collectionId }: { collectionId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const privacy = useChannelQuery('exports.privacy', { collectionId }).data;
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [citation, setCitation] = useState<'plain' | 'apa'>('plain');
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const file = await api.call('exports.collection', { collectionId, format, language: dateLanguage(i18n.language), citationStyle: citation });
      download(api, file);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h3 id="export-title">{t('exports.title')}</h3>
      {privacy && (
        <div className="privacy-summary" role="note" aria-label={t('exports.privacy')}>
          <p>{t('exports.named', { count: privacy.named.length })}</p>
          {privacy.pseudonymised.length > 0 && (
            <p>
              {t('exports.pseudonymised')}: {privacy.pseudonymised.map((p) => `${p.name} → ${p.pseudonym}`).join('; ')}
            </p>
          )}
          {privacy.omitted.length > 0 && (
            <p>
              {t('exports.omitted')}: {privacy.omitted.join(', ')}
            </p>
          )}
        </div>
      )}
      <label className="inline-row">
        {t('exports.citation')}
        <select value={citation} onChange={(e) => setCitation(e.target.value === 'apa' ? 'apa' : 'plain')}>
          <option value="plain">{t('exports.citationPlain')}</option>
          <option value="apa">{t('exports.citationApa')}</option>
        </select>
      </label>
      <div className="inline-row">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? t('common.saving') : t(`exports.formats.${format}`)}
          </button>
        ))}
      </div>
      <ErrorText message={error} />
    </section>
  );
}
