import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { errorMessage } from '../ui/form-errors';
import { FilePickerButton } from '../ui/FilePickerButton';
import { readAsBase64 } from '../ui/read-file';
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
      // A JSON bundle of any size goes in 8 MB parts and is read as a stream; a .wgbundle (at most 50 MB) in one call.
      const input = /\.wgbundle$/i.test(file.name)
        ? { archiveBase64: await readAsBase64(file), fileName: file.name }
        : { uploadId: await uploadFile(api, file, setProgress), fileName: file.name };
      setProgress(1);
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
