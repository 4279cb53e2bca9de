import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../../../shared/api/uploads';
import { scratchDir } from '../backup/restore-journal';
import { AppError } from '../errors';
import { newId } from '../ids';

const UPLOADS = 'uploads';

/** Where an upload's parts are gathered: the scratch folder, which is emptied at every start. */
function uploadFile(libraryDir: string, uploadId: string): string {
  return join(scratchDir(libraryDir), UPLOADS, `${uploadId}.part`);
}

/** Appends one part; the first part (no id yet) starts the upload. Returns the bytes received so far. */
export function appendUpload(libraryDir: string, uploadId: string | undefined, dataBase64: string): { uploadId: string; bytes: number } {
  const id = uploadId ?? newId();
  const file = uploadFile(libraryDir, id);
  if (uploadId !== undefined && !existsSync(file)) throw new AppError('not_found', 'uploadMissing');
  const part = Buffer.from(dataBase64, 'base64');
  const before = uploadId === undefined ? 0 : statSync(file).size;
  if (before + part.byteLength > MAX_UPLOAD_BYTES) {
    discardUpload(libraryDir, id);
    throw new AppError('too_large', 'uploadTooLarge', { limitGb: MAX_UPLOAD_BYTES / 1024 ** 3 });
  }
  mkdirSync(join(scratchDir(libraryDir), UPLOADS), { recursive: true });
  appendFileSync(file, part);
  return { uploadId: id, bytes: before + part.byteLength };
}

export function discardUpload(libraryDir: string, uploadId: string): void {
  rmSync(uploadFile(libraryDir, uploadId), { force: true });
}

/** An upload read whole (a zip, which is read from its end), and removed; refused when larger than `maxBytes`. */
export function takeUpload(libraryDir: string, uploadId: string, maxBytes: number): Buffer {
  const file = uploadFile(libraryDir, uploadId);
  if (!existsSync(file)) throw new AppError('not_found', 'uploadMissing');
  try {
    if (statSync(file).size > maxBytes) throw new AppError('too_large', 'uploadTooLarge', { limitGb: Math.round((maxBytes / 1024 ** 3) * 10) / 10 });
    return readFileSync(file);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * An upload read in 1 MB parts with synchronous reads, and removed once read (or refused). Read
 * synchronously on purpose: the import that consumes it holds a write transaction on the
 * library's one connection, and an awaited file read would let another call run inside it.
 */
export function* readUpload(libraryDir: string, uploadId: string): Generator<Uint8Array> {
  const file = uploadFile(libraryDir, uploadId);
  if (!existsSync(file)) throw new AppError('not_found', 'uploadMissing');
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}
