import { basename, extname } from 'node:path';
import { AppError } from '../errors';
import { IMPORTABLE_EXTENSIONS, type ImportedDocument, MAX_IMPORT_BYTES } from './imported-document';
import { importDocx } from './importers/docx';
import { importHtml } from './importers/html';
import { importPdf } from './importers/pdf';
import { importPlainText } from './importers/plain-text';
import { importSubtitles } from './importers/subtitles';

type Step = (done: number, total: number) => Promise<void>;

/** The reader of each importable kind of file; loaded in the import worker only (pdf.js, mammoth…). */
const IMPORTERS: Record<(typeof IMPORTABLE_EXTENSIONS)[number], (fileName: string, bytes: Uint8Array, step?: Step) => ImportedDocument | Promise<ImportedDocument>> = {
  '.txt': importPlainText,
  '.md': importPlainText,
  '.markdown': importPlainText,
  '.html': importHtml,
  '.htm': importHtml,
  '.docx': importDocx,
  '.pdf': importPdf,
  '.vtt': importSubtitles,
  '.srt': importSubtitles,
};

/** Reads a file into an ImportedDocument, or refuses it with a message; writes nothing. */
export async function readImport(fileName: string, bytes: Uint8Array, step?: Step): Promise<ImportedDocument> {
  const name = basename(fileName);
  const importer = IMPORTERS[extname(name).toLowerCase()];
  if (!importer) {
    throw new AppError('unsupported', 'fileTypeUnsupported', { name, types: IMPORTABLE_EXTENSIONS.join(', ') });
  }
  if (bytes.byteLength === 0) throw new AppError('invalid_input', 'fileEmpty', { name });
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError('too_large', 'fileTooLarge', { name, mb: Math.round(bytes.byteLength / 1024 / 1024), limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  await step?.(0, 1);
  const document = await importer(name, bytes, step);
  if (!document.text.trim()) throw new AppError('invalid_input', 'noText', { name });
  return document;
}

