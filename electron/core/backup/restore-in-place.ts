import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { ENTITY_AREAS } from '../../../shared/api/channel-names';
import { AppError } from '../errors';
import { DATABASE_FILE, type Library, openLibrary } from '../library/library';
import { createBackup, verifyBackup } from './backup';
import { commitRestore } from './restore-journal';

export interface BackupEntry {
  file: string;
  name: string;
  bytes: number;
  modifiedAt: string;
  automatic: boolean;
}

/** The backups in the library's own folder (made by hand, automatically, or before a restore). */
export function listBackups(library: Library): BackupEntry[] {
  const entries: BackupEntry[] = [];
  for (const [dir, automatic] of [
    [library.backupsDir, false],
    [join(library.backupsDir, 'auto'), true],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.wgbackup')) continue;
      const stat = statSync(join(dir, name));
      entries.push({ file: join(dir, name), name, bytes: stat.size, modifiedAt: stat.mtime.toISOString(), automatic });
    }
  }
  return entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/**
 * "Back-up terugzetten" while the app runs: the backup is checked, the current library kept as
 * a backup of its own, the connection closed, the files replaced, and the same Library object
 * reopened in place, so both transports keep working without a restart.
 */
export async function restoreInPlace(library: Library, backupFile: string): Promise<{ keptAs: string }> {
  const file = resolve(backupFile);
  // Only backups from this library's own backups folder can be chosen from the app.
  if (!file.startsWith(resolve(library.backupsDir) + sep)) throw new AppError('invalid_input', 'chooseListedBackup');
  const unpacked = await verifyBackup(file, library.dir);
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAs = join(library.backupsDir, `voor-terugzetten-${stamp}.wgbackup`);
    await createBackup(library, keptAs);
    library.close();
    const dbFile = library.databaseFile;
    try {
      if (existsSync(`${dbFile}-wal`)) throw new AppError('conflict', 'libraryOpenElsewhere', {}, { detail: `${basename(file)} is niet teruggezet` });
      commitRestore(library.dir, dbFile, unpacked, join(unpacked, DATABASE_FILE), keptAs);
    } finally {
      const fresh = await openLibrary(library.dir);
      Object.assign(library, { db: fresh.db, changes: fresh.changes, search: fresh.search, linking: fresh.linking, schemaVersion: fresh.schemaVersion, close: fresh.close });
    }
    library.events.emit('library.changed', { areas: [...ENTITY_AREAS], origin: 'external' });
    return { keptAs };
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}
