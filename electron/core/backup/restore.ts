import { copyFileSync, cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { join } from 'node:path';
import { DATABASE_FILE, openLibrary } from '../library/library';
import { createBackup, verifyBackup } from './backup';

/**
 * Restores a backup into a library folder that no program has open (the CLI's `restore`):
 * the backup is checked first, the current library is kept as a backup of its own, and only
 * then are the database and originals replaced.
 */
export async function restoreBackup(libraryDir: string, backupFile: string): Promise<{ keptAs: string }> {
  const unpacked = await verifyBackup(backupFile);
  try {
    const current = await openLibrary(libraryDir);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAs = join(current.backupsDir, `voor-terugzetten-${stamp}.wgbackup`);
    await createBackup(current, keptAs);
    const originalsDir = current.originalsDir;
    current.close();
    const dbFile = join(libraryDir, DATABASE_FILE);
    // Our connection is closed, so SQLite has folded its WAL back. A WAL that is still there
    // belongs to another program that has the library open: then we stop, changing nothing.
    if (existsSync(`${dbFile}-wal`)) {
      throw new AppError('conflict', 'De bibliotheek is nog geopend in een ander programma (de app of browsermodus). Sluit dat eerst.');
    }
    rmSync(`${dbFile}-shm`, { force: true });
    copyFileSync(join(unpacked, DATABASE_FILE), `${dbFile}.restoring`);
    renameSync(`${dbFile}.restoring`, dbFile);
    rmSync(originalsDir, { recursive: true, force: true });
    if (existsSync(join(unpacked, 'originals'))) cpSync(join(unpacked, 'originals'), originalsDir, { recursive: true });
    // Opening migrates it if the backup came from an older version.
    (await openLibrary(libraryDir)).close();
    return { keptAs };
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}
