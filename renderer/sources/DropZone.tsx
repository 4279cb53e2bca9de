import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportFiles } from './useImportFiles';

/** Files dropped anywhere on the window are imported as sources. */
export function DropZone({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const importFiles = useImportFiles();
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className="drop-zone"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        void importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropHere')}
        </div>
      )}
    </div>
  );
}
