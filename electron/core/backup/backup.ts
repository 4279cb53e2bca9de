import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type JSZip from 'jszip';
import { currentNativeBinding } from '../db/native-binding';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { AppError } from '../errors';
import { DATABASE_FILE, type Library } from '../library/library';
import { scratchDir } from './restore-journal';

export const BACKUP_FORMAT = 'wijkgeheugen-backup';
const MANIFEST = 'wijkgeheugen-backup.json';

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * One file holding the whole library: a copy of the database made with SQLite's online backup
 * API (never a copy of the live file) and every stored original. Written to a temporary name
 * and renamed, so a half-written backup never looks like a whole one.
 */
export async function createBackup(library: Library, outFile: string): Promise<{ file: string; bytes: number }> {
  // Scratch inside the library folder: a killed backup leaves nothing in the system's temp folder.
  const work = mkdtempSync(join(scratchDir(library.dir), 'backup-'));
  try {
    const dbCopy = join(work, DATABASE_FILE);
    await library.db.backup(dbCopy);
    const { default: JSZipClass } = await import('jszip');
    const zip = new JSZipClass();
    zip.file(MANIFEST, JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), schemaVersion: library.schemaVersion }, null, 2));
    zip.file(DATABASE_FILE, readFileSync(dbCopy));
    for (const file of listFiles(library.originalsDir)) zip.file(`originals/${file}`, readFileSync(join(library.originalsDir, file)));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    mkdirSync(dirname(outFile), { recursive: true });
    const temp = `${outFile}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, outFile);
    return { file: outFile, bytes: bytes.byteLength };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Unpacks a backup into the library's scratch folder and checks it before anything is replaced: the
 * manifest, SQLite's integrity check, a schema this version knows, and every original against
 * its SHA-256 name. Returns the folder; the caller removes it.
 */
export async function verifyBackup(file: string, libraryDir: string): Promise<string> {
  if (!existsSync(file)) throw new AppError('not_found', `Back-up ${file} bestaat niet.`);
  if (statSync(file).size > 20 * 1024 * 1024 * 1024) throw new AppError('too_large', 'Deze back-up is te groot.');
  let zip: JSZip;
  try {
    const { default: JSZipClass } = await import('jszip');
    zip = await JSZipClass.loadAsync(readFileSync(file));
  } catch {
    throw new AppError('invalid_input', `${basename(file)} is geen Wijkgeheugen-back-up (geen leesbaar archief).`);
  }
  const manifest = await zip.file(MANIFEST)?.async('string');
  let parsed: { format?: unknown; schemaVersion?: unknown } = {};
  try {
    parsed = JSON.parse(manifest ?? '{}');
  } catch {
    /* handled below */
  }
  if (parsed.format !== BACKUP_FORMAT) throw new AppError('invalid_input', `${basename(file)} is geen Wijkgeheugen-back-up.`);
  // Unpacked inside the library folder, on the same disk: the restore then commits by renames.
  const work = mkdtempSync(join(scratchDir(libraryDir), 'restore-'));
  try {
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir || name === MANIFEST) continue;
      // Only the database and originals/<xx>/<sha256>: no path may point anywhere else.
      if (name !== DATABASE_FILE && !/^originals\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name)) throw new AppError('invalid_input', `De back-up bevat een onverwacht bestand: ${name}`);
      const bytes = await entry.async('nodebuffer');
      if (name.startsWith('originals/') && createHash('sha256').update(bytes).digest('hex') !== name.slice(-64)) {
        throw new AppError('invalid_input', `Origineel ${name.slice(-64, -56)}… in de back-up is beschadigd.`);
      }
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), bytes);
    }
    const dbFile = join(work, DATABASE_FILE);
    if (!existsSync(dbFile)) throw new AppError('invalid_input', 'De back-up bevat geen database.');
    const nativeBinding = currentNativeBinding();
    const db = new Database(dbFile, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new AppError('invalid_input', `De database in de back-up is beschadigd (${String(check)}).`);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_SCHEMA_VERSION) throw new AppError('library_too_new', 'Deze back-up komt uit een nieuwere versie van Wijkgeheugen.');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('invalid_input', 'De database in de back-up kan niet worden gelezen.');
    } finally {
      db.close();
    }
    return work;
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Auto-backups: one a day in backups/auto, the last 14 days kept. */
export async function autoBackup(library: Library, now = new Date()): Promise<string | null> {
  const dir = join(library.backupsDir, 'auto');
  mkdirSync(dir, { recursive: true });
  const day = now.toISOString().slice(0, 10);
  const file = join(dir, `wijkgeheugen-${day}.wgbackup`);
  const cutoff = new Date(now.getTime() - 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const old of readdirSync(dir)) {
    const date = /^wijkgeheugen-(\d{4}-\d{2}-\d{2})\.wgbackup$/.exec(old)?.[1];
    if (date && date < cutoff) rmSync(join(dir, old), { force: true });
  }
  if (existsSync(file)) return null;
  await createBackup(library, file);
  return file;
}
