import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { PrivacySummary } from '../../../shared/api/exports';
import type { Db } from '../db/connection';
import { originalPath } from '../sources/originals';
import { writeBundleFile } from './bundle';

export const BUNDLE_ARCHIVE_JSON = 'bundle.json';
export const BUNDLE_ARCHIVE_ORIGINALS = 'originals/';

/** The library folder's originals, found from the database file (the library's layout is fixed). */
export const originalsDirOf = (db: Db) => join(dirname(db.name), 'originals');

/**
 * A bundle that carries the stored originals of its sources (.wgbundle: a zip of bundle.json and
 * originals/<sha256>), merged by hash where it lands. An original goes along only when its
 * source's text names no one who asked for a pseudonym or to be left out: the text in the bundle
 * is scrubbed of those names, an original file cannot be.
 */
export async function writeBundleArchive(db: Db, collectionId: string, path: string, now?: Date): Promise<{ title: string; privacy: PrivacySummary; bytes: number; originals: number }> {
  const json = `${path}.json.tmp`;
  const originals = new Set<string>();
  try {
    const result = writeBundleFile(db, collectionId, json, now, (sha256) => originals.add(sha256));
    const zip = new ZipFile();
    zip.addFile(json, BUNDLE_ARCHIVE_JSON);
    const dir = originalsDirOf(db);
    let carried = 0;
    for (const sha256 of originals) {
      const file = originalPath({ originalsDir: dir }, sha256);
      if (!existsSync(file)) continue;
      zip.addFile(file, `${BUNDLE_ARCHIVE_ORIGINALS}${sha256}`, { compress: true });
      carried++;
    }
    zip.end();
    let bytes = 0;
    zip.outputStream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    await pipeline(zip.outputStream, createWriteStream(path));
    return { title: result.title, privacy: result.privacy, bytes, originals: carried };
  } finally {
    rmSync(json, { force: true });
  }
}

/** An original from an archive is taken only if its bytes have the hash it is named by. */
export function hashMatches(name: string, bytes: Uint8Array): boolean {
  return createHash('sha256').update(bytes).digest('hex') === name;
}
