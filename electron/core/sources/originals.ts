import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nowIso } from '../clock';
import type { Library } from '../library/library';

/**
 * Stored originals are content-addressed: the file's SHA-256 is its name, so the same file
 * imported twice is stored once and a stored file can be checked against its name.
 */
export function originalPath(library: Pick<Library, 'originalsDir'>, sha256: string): string {
  return join(library.originalsDir, sha256.slice(0, 2), sha256);
}

export function storeOriginal(library: Library, bytes: Uint8Array, name: string, mime: string): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = originalPath(library, sha256);
  if (!existsSync(path)) {
    mkdirSync(join(library.originalsDir, sha256.slice(0, 2)), { recursive: true });
    // Write then rename, so that a crash never leaves a half file under a valid hash.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  }
  library.db
    .prepare('INSERT OR IGNORE INTO originals (sha256, name, mime, size, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(sha256, name, mime, bytes.byteLength, nowIso());
  return sha256;
}
