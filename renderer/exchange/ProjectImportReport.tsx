import { useTranslation } from 'react-i18next';
import type { ProjectImportReport as Report } from '../../shared/api/projects';

/** What an import from another tool brought in, what it could not place, and every conflict. */
export function ProjectImportReport({ fileName, report }: { fileName: string; report: Report }) {
  const { t } = useTranslation();
  const { counts } = report;
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">{t('exchange.reportTitle', { file: fileName })}</h3>
      <p>{t('exchange.reportCounts', { ...counts })}</p>
      <p>{t('exchange.reportMerge', { added: report.added, updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts.length })}</p>
      {report.conflicts.length > 0 && (
        <>
          <h4>{t('exchange.conflicts')}</h4>
          <ul>
            {report.conflicts.map((c) => (
              <li key={`${c.kind}:${c.id}`}>
                {c.title} — {c.kept === 'local' ? t('exchange.keptLocal') : t('exchange.keptFile')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.remarks.length > 0 && (
        <>
          <h4>{t('exchange.remarks')}</h4>
          <ul>
            {report.remarks.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('exchange.unmapped')}</h4>
      {report.unmapped.length === 0 ? (
        <p className="muted">{t('exchange.nothingUnmapped')}</p>
      ) : (
        <ul>
          {report.unmapped.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
