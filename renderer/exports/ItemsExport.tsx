import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { errorMessage } from '../ui/form-errors';
import { download } from './download';
import { ErrorText } from '../ui/ErrorText';
import { dateLanguage } from '../i18n/dates';

const FORMATS = ['md', 'html', 'docx', 'pdf', 'csv'] as const;
type Item = { kind: 'quote' | 'lesson' | 'person' | 'source'; itemId: string };

/** Export loose items (a lesson with its evidence, a set of search results) in any format but the bundle. */
export function ItemsExport({ title, items, label }: { title: string; items: readonly Item[]; label: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: (typeof FORMATS)[number]) => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.call('exports.items', { title, items: [...items], format, language: dateLanguage(i18n.language) });
      download(api, file);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (items.length === 0) return null;
  return (
    <div className="items-export inline-row" role="group" aria-label={label}>
      <span className="muted">{label}:</span>
      {FORMATS.map((format) => (
        <button key={format} type="button" disabled={busy} onClick={() => void run(format)}>
          {t(`exports.formats.${format}`)}
        </button>
      ))}
      <ErrorText message={error} inline />
    </div>
  );
}
