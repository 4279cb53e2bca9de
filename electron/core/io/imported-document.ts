import type { SourceKind } from '../../../shared/api/sources';

/** What an importer makes of a file: the canonical plain text and what the file says about itself. */
export interface ImportedDocument {
  title: string;
  text: string;
  kind: SourceKind;
  mime: string;
  date?: string | null;
  author?: string | null;
  outlet?: string | null;
  url?: string | null;
  language?: string | null;
}

/** 50 MB: far above any interview, article or report, a clear stop for accidents and abuse. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** What can be imported, by file extension; the readers themselves load only in the import worker. */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf', '.vtt', '.srt'];
