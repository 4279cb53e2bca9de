import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_FORMATS, type ProjectFormat, type ProjectImportReport as Report } from '../../shared/api/projects';
import { useApi } from '../api/ApiProvider';
import { download } from '../exports/download';
import { ErrorText } from '../ui/ErrorText';
import { FilePickerButton } from '../ui/FilePickerButton';
import { errorMessage } from '../ui/form-errors';
import { readAsBase64 } from '../ui/read-file';
import { ProjectImportReport } from './ProjectImportReport';
import { ReferencesImport } from './ReferencesImport';

/**
 * "Uitwisselen": the library to and from the researcher's other tools. A REFI-QDA project
 * (.qdpx) for ATLAS.ti, NVivo, MAXQDA, QualCoder; a codebook (.qdc) of lessons and labels.
 */
export function ExchangePage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<ProjectFormat | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<{ fileName: string; report: Report } | null>(null);

  const exportAs = async (format: ProjectFormat) => {
    setBusy(format);
    setError(null);
    try {
      download(api, await api.call('projects.export', { format }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const importFile = async (file: File) => {
    setBusy('import');
    setError(null);
    setReport(null);
    try {
      const result = await api.call('projects.import', { fileName: file.name, dataBase64: await readAsBase64(file) });
      setReport({ fileName: file.name, report: result });
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="exchange-page" aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      <p className="muted">{t('exchange.intro')}</p>
      <h2>{t('exchange.exportTitle')}</h2>
      <p>{t('exchange.projectNote')}</p>
      <div className="button-row">
        {PROJECT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void exportAs(format)}>
            {busy === format ? t('exchange.busy') : t(`exchange.export.${format}`)}
          </button>
        ))}
      </div>
      <h2>{t('exchange.importTitle')}</h2>
      <p>{t('exchange.importNote')}</p>
      <FilePickerButton label={t('exchange.importProject')} busyLabel={t('exchange.busy')} busy={busy !== null} accept=".qdpx,.qdc" onFiles={([file]) => file && void importFile(file)} />
      <ErrorText message={error} />
      {report && <ProjectImportReport fileName={report.fileName} report={report.report} />}
      <ReferencesImport />
    </section>
  );
}
