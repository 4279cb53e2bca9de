import type { ExportFormat } from '../../../shared/api/exports';
import { safeFileName } from '../../../shared/text/file-names';
import type { Db } from '../db/connection';
import { renderBundle } from './bundle';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildExportModel } from './model';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** One collection in one format, as bytes with a safe file name. */
export async function exportCollection(db: Db, collectionId: string, format: ExportFormat, now = new Date()): Promise<{ fileName: string; mime: string; bytes: Uint8Array }> {
  const model = buildExportModel(db, collectionId, now);
  if (format === 'docx' || format === 'pdf') {
    return { fileName: safeFileName(model.title, format), mime: MIME[format], bytes: format === 'docx' ? await renderDocx(model) : await renderPdf(model) };
  }
  const text =
    format === 'md' ? renderMarkdown(model) : format === 'html' ? renderHtml(model) : format === 'csv' ? renderCsv(model) : renderBundle(db, collectionId, now);
  return { fileName: safeFileName(model.title, format), mime: MIME[format], bytes: new TextEncoder().encode(text) };
}
