import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';

/**
 * A restore that survives being killed at any moment. The verified backup is unpacked into the
 * library's own scratch folder (same disk, so every move is a rename); a journal file written
 * with one rename is the commit point; then the old originals and database are moved aside and
 * the staged ones moved in, each step a rename that can be done again. Whoever opens the library
 * next finds the journal and finishes the restore first (`finishInterruptedRestore`). Killed
 * before the journal: the library is untouched and the staged copy is scratch, removed at start.
 */
export const SCRATCH_DIR = 'scratch';
const JOURNAL = 'restore-journal.json';

interface Journal {
  /** Folder inside scratch holding the staged `database` file and `originals` folder. */
  staged: string;
  /** Where the library's own state before the restore was kept, for the message if it fails. */
  keptAs: string;
}

export function scratchDir(libraryDir: string): string {
  const dir = join(libraryDir, SCRATCH_DIR);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Removes what killed backups, restores and exports left behind, never while a restore waits.
 * Only entries untouched for a while: another program with the library open (the app while the
 * CLI starts) may be writing a backup there right now.
 */
export function cleanScratch(libraryDir: string, olderThanMs = 15 * 60 * 1000, now = Date.now()): void {
  const dir = join(libraryDir, SCRATCH_DIR);
  if (existsSync(join(libraryDir, JOURNAL)) || !existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > olderThanMs) rmSync(path, { recursive: true, force: true });
  }
}

/** Step names, for tests that stop a restore after each one. */
export const RESTORE_STEPS = ['journal', 'old-originals-aside', 'originals-in', 'database-in', 'done'] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];

function apply(libraryDir: string, databaseFile: string, journal: Journal, stopAfter?: RestoreStep): void {
  const staged = join(libraryDir, SCRATCH_DIR, journal.staged);
  const stagedDb = join(staged, 'database');
  const stagedOriginals = join(staged, 'originals');
  const originals = join(libraryDir, 'originals');
  const aside = join(staged, 'old-originals');
  if (stopAfter === 'journal') return;
  // Each step looks at what is already done, so that doing it again is harmless.
  if (existsSync(stagedOriginals)) {
    if (existsSync(originals)) renameSync(originals, aside);
    if (stopAfter === 'old-originals-aside') return;
    renameSync(stagedOriginals, originals);
  }
  mkdirSync(originals, { recursive: true });
  if (stopAfter === 'originals-in') return;
  if (existsSync(stagedDb)) {
    rmSync(`${databaseFile}-wal`, { force: true });
    rmSync(`${databaseFile}-shm`, { force: true });
    renameSync(stagedDb, databaseFile);
  }
  if (stopAfter === 'database-in') return;
  rmSync(join(libraryDir, JOURNAL), { force: true });
  rmSync(staged, { recursive: true, force: true });
}

/**
 * Commits a staged restore: `unpacked` (from verifyBackup, with `wijkgeheugen.sqlite` and
 * `originals/`) must be inside the library's scratch folder. `stopAfter` is for tests only.
 */
export function commitRestore(libraryDir: string, databaseFile: string, unpacked: string, unpackedDatabase: string, keptAs: string, stopAfter?: RestoreStep): void {
  const name = unpacked.slice(join(libraryDir, SCRATCH_DIR).length + 1);
  if (!name || name.includes('/') || name.includes('\\') || !existsSync(unpacked)) throw new AppError('internal', 'internal', {}, { detail: 'de uitgepakte back-up staat niet in de eigen werkmap van de bibliotheek' });
  renameSync(unpackedDatabase, join(unpacked, 'database'));
  mkdirSync(join(unpacked, 'originals'), { recursive: true });
  const journal: Journal = { staged: name, keptAs };
  const temp = join(libraryDir, `${JOURNAL}.tmp`);
  writeFileSync(temp, JSON.stringify(journal));
  renameSync(temp, join(libraryDir, JOURNAL));
  apply(libraryDir, databaseFile, journal, stopAfter);
}

/**
 * Called before a library is opened: finishes a restore that was interrupted after its commit
 * point. When the staged copy is gone or damaged, the library cannot be trusted: it says so, and
 * where the state before the restore was kept.
 */
export function finishInterruptedRestore(libraryDir: string, databaseFile: string): void {
  const file = join(libraryDir, JOURNAL);
  if (!existsSync(file)) return;
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(file, 'utf8')) as Journal;
  } catch {
    throw new AppError('restore_incomplete', 'restoreJournalUnreadable');
  }
  const staged = join(libraryDir, SCRATCH_DIR, journal.staged);
  if (!existsSync(staged)) {
    throw new AppError('restore_incomplete', 'restoreIncomplete', { keptAs: journal.keptAs });
  }
  apply(libraryDir, databaseFile, journal);
}
