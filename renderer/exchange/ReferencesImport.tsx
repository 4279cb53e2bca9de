import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceImportReport } from '../../shared/api/references';
import { useApi } from '../api/ApiProvider';
import { useNavigation } from '../app/navigation';
import { ErrorText } from '../ui/ErrorText';
import { FilePickerButton } from '../ui/FilePickerButton';
import { errorMessage } from '../ui/form-errors';
import { readAsBase64 } from '../ui/read-file';

const REFERENCE_FILE = /\.(json|bib|ris)$/i;

/** "Bronnen uit Zotero": a reference export and its attachments, chosen together, become sources. */
export function ReferencesImport() {
  const { t } = useTranslation();
  const api = useApi();
  const nav = useNavigation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ReferenceImportReport | null>(null);

  const importFiles = async (files: File[]) => {
    setError(null);
    setReport(null);
    const references = files.filter((f) => REFERENCE_FILE.test(f.name));
    const [file] = references;
    if (references.length !== 1 || !file) return setError(t('exchange.oneReferenceFile'));
    setBusy(true);
    try {
      const attachments = await Promise.all(files.filter((f) => f !== file).map(async (f) => ({ fileName: f.name, dataBase64: await readAsBase64(f) })));
      setReport(await api.call('references.import', { file: { fileName: file.name, dataBase64: await readAsBase64(file) }, attachments }));
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2>{t('exchange.referencesTitle')}</h2>
      <p>{t('exchange.referencesNote')}</p>
      <FilePickerButton label={t('exchange.importReferences')} busyLabel={t('exchange.busy')} busy={busy} multiple accept=".json,.bib,.ris,.pdf,.docx,.html,.htm,.txt" onFiles={(files) => void importFiles(files)} />
      <ErrorText message={error} />
      {report && (
        <section className="import-report" aria-label={t('exchange.referencesTitle')}>
          <p>
            {t('exchange.referencesImported', { count: report.imported.length })}
            {report.skipped.length > 0 && ` · ${t('exchange.referencesSkipped', { count: report.skipped.length })}`}
          </p>
          <ul>
            {report.imported.map((r) => (
              <li key={r.id}>
                <button type="button" className="link" onClick={() => nav.go('sources', r.id)}>
                  {r.title}
                </button>
                {r.attachment && <span className="muted"> — {t('exchange.withText', { file: r.attachment })}</span>}
              </li>
            ))}
          </ul>
          {report.missingAttachments.map((m) => (
            <p key={m.title} className="muted">
              {t('exchange.missingAttachment', { title: m.title, files: m.files.join(', ') })}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
