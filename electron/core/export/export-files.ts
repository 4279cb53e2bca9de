import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../backup/restore-journal';
import type { ExportedFile } from '../host/protocol';

/**
 * Exports go to a file in the library's scratch folder, and the window downloads that file by
 * its id (over app:// in the app, over HTTP in browser mode): the bytes never travel through
 * the API as base64, which held the host and the window for seconds on large exports.
 */
const EXPORTS = 'exports';
const ID = /^[0-9a-f]{32}$/;
/** Downloads older than this are removed when a new export is written (and all at a later start). */
const KEEP_MS = 60 * 60 * 1000;

export interface StoredExport {
  downloadId: string;
  fileName: string;
  mime: string;
  size: number;
}

function exportsDir(libraryDir: string): string {
  const dir = join(scratchDir(libraryDir), EXPORTS);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface ExportReservation {
  downloadId: string;
  dir: string;
  /** Where the worker writes; renamed to the export's own name when it is done. */
  tempFile: string;
  discard(): void;
}

/** A fresh download folder for an export about to be written; stale ones are removed first. */
export function reserveExport(libraryDir: string, now = Date.now()): ExportReservation {
  const root = exportsDir(libraryDir);
  for (const old of readdirSync(root)) {
    if (now - statSync(join(root, old)).mtimeMs > KEEP_MS) rmSync(join(root, old), { recursive: true, force: true });
  }
  const downloadId = randomBytes(16).toString('hex');
  const dir = join(root, downloadId);
  mkdirSync(dir);
  return { downloadId, dir, tempFile: join(dir, '.export.tmp'), discard: () => rmSync(dir, { recursive: true, force: true }) };
}

export function finishExport(reservation: ExportReservation, file: { fileName: string; mime: string; bytes: number }): StoredExport {
  renameSync(reservation.tempFile, join(reservation.dir, file.fileName));
  return { downloadId: reservation.downloadId, fileName: file.fileName, mime: file.mime, size: file.bytes };
}

/** The file of a download id, or null for an unknown or malformed id (never a path outside). */
export function exportedFile(libraryDir: string, downloadId: string): ExportedFile | null {
  if (!ID.test(downloadId)) return null;
  const dir = join(libraryDir, 'scratch', EXPORTS, downloadId);
  if (!existsSync(dir)) return null;
  const [fileName] = readdirSync(dir).filter((name) => !name.startsWith('.'));
  return fileName ? { path: join(dir, fileName), fileName } : null;
}
