import { useTranslation } from 'react-i18next';
import { FilePickerButton } from '../ui/FilePickerButton';
import { IMPORT_ACCEPT, useImportFiles } from './useImportFiles';

/** "Bestand inlezen": the file dialog, for .txt, .md, .html, .docx, .pdf, .vtt and .srt. */
export function ImportButton() {
  const { t } = useTranslation();
  const importFiles = useImportFiles();
  return <FilePickerButton label={t('import.button')} multiple accept={IMPORT_ACCEPT} onFiles={(files) => void importFiles(files)} />;
}
