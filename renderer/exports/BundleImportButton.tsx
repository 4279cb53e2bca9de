import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { errorMessage } from '../ui/form-errors';
import { FilePickerButton } from '../ui/FilePickerButton';
import { readAsBase64 } from '../ui/read-file';
import { useToasts } from '../ui/Toasts';

/** "Bundel inlezen": merges a colleague's JSON bundle and reports what happened. */
export function BundleImportButton() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const importFile = async (file: File) => {
    try {
      const report = await api.call('bundles.import', /\.wgbundle$/i.test(file.name) ? { archiveBase64: await readAsBase64(file), fileName: file.name } : { json: await file.text(), fileName: file.name });
      await queryClient.invalidateQueries();
      toasts.show(t('exports.imported', { added: report.added, updated: report.updated, conflicts: report.conflicts.length }));
    } catch (error) {
      toasts.show(t('exports.importFailed', { message: errorMessage(error) }));
    }
  };
  return <FilePickerButton label={t('exports.importBundle')} accept=".json,.wgbundle,application/json" onFiles={([file]) => file && void importFile(file)} />;
}
