import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT, useImportFiles } from './useImportFiles';

/** "Bestand inlezen": the file dialog, for .txt, .md, .html, .docx, .pdf, .vtt and .srt. */
export function ImportButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const importFiles = useImportFiles();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        aria-label={t('import.button')}
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
    </>
  );
}
