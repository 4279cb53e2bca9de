import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportFormat } from '../../../shared/api/exports';
import type { DateLanguage } from '../../../shared/dates/format-partial-date';
import { safeFileName } from '../../../shared/text/file-names';
import type { Db } from '../db/connection';
import { writeBundle, writeBundleFile } from './bundle';
import { writeBundleArchive } from './bundle-archive';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { addApaReferences, type CitationStyle } from './references';
import { buildExportModel, buildModelFor, type ExportModel, type ExportSubject } from './model';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  wgbundle: 'application/zip',
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

/** How an export is written: its own words and dates in this language, its sources cited plainly or in APA 7. */
export interface ExportStyle {
  language?: DateLanguage;
  citation?: CitationStyle;
}

type LaidOut = Exclude<ExportFormat, 'json' | 'wgbundle'>;

async function render(db: Db, model: ExportModel, format: LaidOut, style: ExportStyle): Promise<ExportFile> {
  if (style.citation === 'apa') await addApaReferences(db, model);
  const bytes =
    format === 'docx'
      ? await renderDocx(model)
      : format === 'pdf'
        ? await renderPdf(model)
        : new TextEncoder().encode(format === 'md' ? renderMarkdown(model) : format === 'html' ? renderHtml(model) : renderCsv(model));
  return { fileName: safeFileName(model.title, format), mime: MIME[format], bytes, privacy: model.privacy };
}

export async function exportCollection(db: Db, collectionId: string, format: ExportFormat, now = new Date(), style: ExportStyle = {}): Promise<ExportFile> {
  if (format === 'wgbundle') {
    // A zip is written to a scratch file next to the library's database, then read back.
    const path = join(dirname(db.name), `.export-${process.pid}-${Date.now()}.wgbundle`);
    try {
      const file = await writeCollectionExport(db, collectionId, format, path, now, style);
      return { fileName: file.fileName, mime: file.mime, bytes: new Uint8Array(readFileSync(path)), privacy: file.privacy };
    } finally {
      rmSync(path, { force: true });
    }
  }
  if (format === 'json') {
    // The bundle is its own model: written as it is gathered, without the layout model the other formats need.
    const chunks: string[] = [];
    const { title, privacy } = writeBundle(db, collectionId, (chunk) => chunks.push(chunk), now);
    return { fileName: safeFileName(title, 'json'), mime: MIME.json, bytes: new TextEncoder().encode(chunks.join('')), privacy };
  }
  return render(db, buildExportModel(db, collectionId, now, style.language), format, style);
}

/** What an export written straight to a file reports. */
export type WrittenExport = Omit<ExportFile, 'bytes'> & { bytes: number };

/**
 * A collection in one format written to `path`. The bundle streams there as it is gathered, so a
 * collection of 100,000 quotes never sits in memory as one string; the other formats are laid
 * out in memory (they are read by people, and stay far smaller) and then written.
 */
export async function writeCollectionExport(db: Db, collectionId: string, format: ExportFormat, path: string, now = new Date(), style: ExportStyle = {}): Promise<WrittenExport> {
  if (format === 'wgbundle') {
    const { title, privacy, bytes } = await writeBundleArchive(db, collectionId, path, now);
    return { fileName: safeFileName(title, 'wgbundle'), mime: MIME.wgbundle, bytes, privacy };
  }
  if (format === 'json') {
    const { title, privacy, bytes } = writeBundleFile(db, collectionId, path, now);
    return { fileName: safeFileName(title, 'json'), mime: MIME.json, bytes, privacy };
  }
  return written(await exportCollection(db, collectionId, format, now, style), path);
}

export function written(file: ExportFile, path: string): WrittenExport {
  writeFileSync(path, file.bytes);
  return { fileName: file.fileName, mime: file.mime, bytes: file.bytes.byteLength, privacy: file.privacy };
}

/** A lesson with its evidence, or a set of search results: the same formats but the bundle. */
export async function exportItems(db: Db, subject: ExportSubject, format: LaidOut, now = new Date(), style: ExportStyle = {}): Promise<ExportFile> {
  return render(db, buildModelFor(db, subject, now, style.language), format, style);
}
