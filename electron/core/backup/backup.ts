import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
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
 * API (never a copy of the live file) and every stored original, streamed into a zip (yazl):
 * files are read as streams, nothing is held whole in memory. Written to a temporary name and
 * renamed, so a half-written backup never looks like a whole one.
 */
export async function createBackup(library: Library, outFile: string): Promise<{ file: string; bytes: number }> {
  // Scratch inside the library folder: a killed backup leaves nothing in the system's temp folder.
  const work = mkdtempSync(join(scratchDir(library.dir), 'backup-'));
  try {
    const dbCopy = join(work, DATABASE_FILE);
    await library.db.backup(dbCopy);
    const zip = new ZipFile();
    const manifest = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), schemaVersion: library.schemaVersion };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST);
    zip.addFile(dbCopy, DATABASE_FILE, { compress: true });
    // Originals are stored as they are: mostly PDF and Word files, compressed already.
    for (const file of listFiles(library.originalsDir)) zip.addFile(join(library.originalsDir, file), `originals/${file}`, { compress: false });
    zip.end();
    mkdirSync(dirname(outFile), { recursive: true });
    const temp = `${outFile}.${process.pid}.tmp`;
    try {
      await pipeline(zip.outputStream, createWriteStream(temp));
      renameSync(temp, outFile);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return { file: outFile, bytes: statSync(outFile).size };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const notABackup = (file: string) => new AppError('invalid_input', 'notABackup', { name: basename(file) }, { detail: 'geen leesbaar archief' });

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error || !zip ? reject(notABackup(file)) : resolve(zip)));
  });
}

/** Each entry of a zip in turn, as a stream: the next is read when the callback is done. */
async function eachEntry(zip: yauzl.ZipFile, onEntry: (entry: yauzl.Entry, stream: Readable) => Promise<void>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('geen stroom'));
        onEntry(entry, stream).then(() => zip.readEntry(), reject);
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  }).finally(() => zip.close());
}

async function readSmall(stream: Readable, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) throw new AppError('invalid_input', 'backupManifestTooLarge');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Unpacks a backup into the library's scratch folder and checks it before anything is
 * replaced: the manifest, SQLite's integrity check, a schema this version knows, and every
 * original against its SHA-256 name (hashed while it streams to disk). Returns the folder; the
 * caller removes it.
 */
export async function verifyBackup(file: string, libraryDir: string): Promise<string> {
  if (!existsSync(file)) throw new AppError('not_found', 'backupMissing', { file });
  if (statSync(file).size > 20 * 1024 * 1024 * 1024) throw new AppError('too_large', 'backupTooLarge');
  // The manifest comes first in every backup we write; one pass reads it and unpacks the rest.
  const zip = await openZip(file);
  // Unpacked inside the library folder, on the same disk: the restore then commits by renames.
  const work = mkdtempSync(join(scratchDir(libraryDir), 'restore-'));
  try {
    let manifest: { format?: unknown } | null = null;
    try {
      await eachEntry(zip, async (entry, stream) => {
        const name = entry.fileName;
        if (name.endsWith('/')) {
          stream.resume();
          return;
        }
        if (name === MANIFEST) {
          try {
            manifest = JSON.parse(await readSmall(stream, 64 * 1024)) as { format?: unknown };
          } catch {
            // An unreadable manifest is no manifest of ours: the check after the walk refuses the
            // file as "geen Wijkgeheugen-back-up", before anything is put back.
            manifest = {};
          }
          return;
        }
        // Only the database and originals/<xx>/<sha256>: no path may point anywhere else.
        if (name !== DATABASE_FILE && !/^originals\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name)) throw new AppError('invalid_input', 'backupUnexpectedFile', { part: name });
        const target = join(work, name);
        mkdirSync(dirname(target), { recursive: true });
        const hash = createHash('sha256');
        const hashing = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        });
        await pipeline(stream, hashing, createWriteStream(target));
        if (name.startsWith('originals/') && hash.digest('hex') !== name.slice(-64)) {
          throw new AppError('invalid_input', 'backupOriginalDamaged', { part: name.slice(-64, -56) });
        }
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      // yauzl refuses names that climb out of the archive ("../") before we see them.
      if (error instanceof Error && /invalid (relative|absolute) path/i.test(error.message)) throw new AppError('invalid_input', 'backupUnexpectedFile', { part: error.message.replace(/^.*path: /, '') });
      throw notABackup(file);
    }
    if ((manifest as { format?: unknown } | null)?.format !== BACKUP_FORMAT) throw new AppError('invalid_input', 'notABackup', { name: basename(file) });
    const dbFile = join(work, DATABASE_FILE);
    if (!existsSync(dbFile)) throw new AppError('invalid_input', 'backupNoDatabase');
    const nativeBinding = currentNativeBinding();
    let db: Database.Database;
    try {
      db = new Database(dbFile, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    } catch {
      throw new AppError('invalid_input', 'backupDatabaseUnreadable');
    }
    try {
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new AppError('invalid_input', 'backupDatabaseDamaged', {}, { detail: String(check) });
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_SCHEMA_VERSION) throw new AppError('library_too_new', 'backupTooNew');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('invalid_input', 'backupDatabaseUnreadable');
    } finally {
      db.close();
    }
    return work;
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** When the library last changed, from the items' own timestamps (ISO strings), or null when empty. */
function lastChange(library: Library): string | null {
  const tables = ['people', 'sources', 'quotes', 'lessons', 'tags', 'notes', 'collections'];
  const sql = `SELECT max(t) FROM (${tables.map((table) => `SELECT max(updated_at) AS t FROM ${table}`).join(' UNION ALL ')})`;
  return library.db.prepare(sql).pluck().get() as string | null;
}

/** How old today's automatic backup may grow behind the library's changes before it is made again. */
const REFRESH_AFTER_MS = 60 * 60 * 1000;

/**
 * Auto-backups: one file a day in backups/auto, the last 14 days kept. Today's file is made
 * again when the library changed after it was written and it is more than an hour old, so that
 * a backup taken at start of an empty library (before the example or a first import was loaded)
 * does not stand for the whole day. Returns the file written, or null.
 */
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
  if (existsSync(file)) {
    const written = statSync(file).mtime;
    const changed = lastChange(library);
    const stale = changed !== null && changed > written.toISOString() && now.getTime() - written.getTime() > REFRESH_AFTER_MS;
    if (!stale) return null;
  }
  await createBackup(library, file);
  return file;
}
