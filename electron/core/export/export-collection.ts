import type { ExportFormat } from '../../../shared/api/exports';
import { safeFileName } from '../../../shared/text/file-names';
import type { Db } from '../db/connection';
import { bundleFile } from './bundle';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildExportModel, buildModelFor, type ExportModel, type ExportSubject } from './model';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** One collection in one format, as bytes with a safe file name. */
export interface ExportFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  /** Who the file names, pseudonymises or leaves out: what the CLI reports after writing. */
  privacy: ExportModel['privacy'];
}

async function render(model: ExportModel, format: Exclude<ExportFormat, 'json'>): Promise<ExportFile> {
  const bytes =
    format === 'docx'
      ? await renderDocx(model)
      : format === 'pdf'
        ? await renderPdf(model)
        : new TextEncoder().encode(format === 'md' ? renderMarkdown(model) : format === 'html' ? renderHtml(model) : renderCsv(model));
  return { fileName: safeFileName(model.title, format), mime: MIME[format], bytes, privacy: model.privacy };
}

export async function exportCollection(db: Db, collectionId: string, format: ExportFormat, now = new Date()): Promise<ExportFile> {
  if (format === 'json') {
    // The bundle is its own model: built once, without the layout model the other formats need.
    const file = bundleFile(db, collectionId, now);
    return { fileName: safeFileName(file.title, 'json'), mime: MIME.json, bytes: new TextEncoder().encode(file.text), privacy: file.privacy };
  }
  return render(buildExportModel(db, collectionId, now), format);
}

/** A lesson with its evidence, or a set of search results: the same formats but the bundle. */
export async function exportItems(db: Db, subject: ExportSubject, format: Exclude<ExportFormat, 'json'>, now = new Date()): Promise<ExportFile> {
  return render(buildModelFor(db, subject, now), format);
}
