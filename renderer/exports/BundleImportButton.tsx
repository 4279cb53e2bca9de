import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { errorMessage } from '../ui/form-errors';
import { FilePickerButton } from '../ui/FilePickerButton';
import { uploadFile } from '../ui/upload-file';
import { useToasts } from '../ui/Toasts';

/** "Bundel inlezen": merges a colleague's JSON bundle and reports what happened. */
export function BundleImportButton() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const importFile = async (file: File) => {
    try {
      setProgress(0);
      // Sent in 8 MB parts whatever its size; a JSON bundle is then read as a stream, a .wgbundle (a zip) whole.
      const input = { uploadId: await uploadFile(api, file, setProgress), archive: /\.wgbundle$/i.test(file.name), fileName: file.name };
      const report = await api.call('bundles.import', input);
      await queryClient.invalidateQueries();
      toasts.show(t('exports.imported', { added: report.added, updated: report.updated, conflicts: report.conflicts.length }));
    } catch (error) {
      toasts.show(t('exports.importFailed', { message: errorMessage(error) ?? '' }));
    } finally {
      setProgress(null);
    }
  };
  return (
    <>
      <FilePickerButton label={t('exports.importBundle')} accept=".json,.wgbundle,application/json" onFiles={([file]) => file && void importFile(file)} />
      {progress !== null && (
        <p role="status" className="muted">
          {progress < 1 ? t('exports.uploading', { percent: Math.round(progress * 100) }) : t('exports.merging')}
        </p>
      )}
    </>
  );
}
