import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { DATABASE_FILE, openLibrary } from '../library/library';
import { createBackup, verifyBackup } from './backup';
import { commitRestore } from './restore-journal';

/**
 * Restores a backup into a library folder that no program has open (the CLI's `restore`):
 * the backup is checked first, the current library is kept as a backup of its own, and only
 * then are the database and originals replaced, by renames after a journal (restore-journal.ts),
 * so that a restore killed at any point is finished when the library is next opened.
 */
export async function restoreBackup(libraryDir: string, backupFile: string): Promise<{ keptAs: string }> {
  const current = await openLibrary(libraryDir);
  let unpacked: string;
  let keptAs: string;
  try {
    unpacked = await verifyBackup(backupFile, current.dir);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    keptAs = join(current.backupsDir, `voor-terugzetten-${stamp}.wgbackup`);
    await createBackup(current, keptAs);
  } finally {
    current.close();
  }
  try {
    const dbFile = join(libraryDir, DATABASE_FILE);
    // Our connection is closed, so SQLite has folded its WAL back. A WAL that is still there
    // belongs to another program that has the library open: then we stop, changing nothing.
    if (existsSync(`${dbFile}-wal`)) {
      throw new AppError('conflict', 'libraryOpenElsewhere');
    }
    commitRestore(current.dir, dbFile, unpacked, join(unpacked, DATABASE_FILE), keptAs);
    // Opening migrates it if the backup came from an older version.
    (await openLibrary(libraryDir)).close();
    return { keptAs };
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}
