import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Db, openConnection, readUserVersion } from '../db/connection';
import { migrate, refuseFutureVersion } from '../db/migrate';
import { migrations as allMigrations } from '../db/migrations';
import type { Migration } from '../db/migrations/migration';
import { ENTITY_AREAS } from '../../../shared/api/channel-names';
import { AppError } from '../errors';
import { ChangeFeed } from '../changes/change-feed';
import { LibraryEvents } from '../events';
import { LinkingService } from '../linking/linking-service';
import { SearchService } from '../search/search-service';
import { Tasks } from '../tasks';
import { UndoLog } from '../undo/snapshot';
import { cleanScratch, finishInterruptedRestore } from '../backup/restore-journal';

export const DATABASE_FILE = 'wijkgeheugen.sqlite';

/** An open library: one SQLite file plus a folder of stored originals. */
export interface Library {
  dir: string;
  databaseFile: string;
  originalsDir: string;
  backupsDir: string;
  db: Db;
  events: LibraryEvents;
  /** Which items changed since the last mutation; feeds search and linking. */
  changes: ChangeFeed;
  search: SearchService;
  linking: LinkingService;
  /** Snapshots taken before merges, so that "Ongedaan maken" can put every row back. */
  undo: UndoLog;
  /** Long tasks (large imports): progress and cancel. */
  tasks: Tasks;
  schemaVersion: number;
  close(): void;
}

export interface OpenLibraryOptions {
  /** For tests of the migration runner; the app always uses all migrations. */
  migrations?: readonly Migration[];
}

const SQLITE_HEADER = 'SQLite format 3\0';

function looksLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

export async function openLibrary(dir: string, options: OpenLibraryOptions = {}): Promise<Library> {
  const migrations = options.migrations ?? allMigrations;
  const libraryDir = resolve(dir);
  if (existsSync(libraryDir) && !statSync(libraryDir).isDirectory()) {
    throw new AppError('not_a_library', 'notAFolder', { path: libraryDir });
  }
  mkdirSync(libraryDir, { recursive: true });
  const databaseFile = join(libraryDir, DATABASE_FILE);
  // A restore killed after its commit point is finished before anything reads the library;
  // what killed backups, restores and exports left in the scratch folder is removed.
  finishInterruptedRestore(libraryDir, databaseFile);
  cleanScratch(libraryDir);

  // Look before touching: a library from a newer app, or a file that is not SQLite, is
  // refused without opening it for writing (even switching to WAL would change its header).
  if (existsSync(databaseFile) && statSync(databaseFile).size > 0) {
    if (!looksLikeSqlite(databaseFile)) {
      throw new AppError('not_a_library', 'notALibrary', { path: databaseFile });
    }
    refuseFutureVersion(readUserVersion(databaseFile), migrations);
  }

  const db = openConnection(databaseFile);
  const backupsDir = join(libraryDir, 'backups');
  try {
    const { to } = await migrate(db, migrations, backupsDir);
    const originalsDir = join(libraryDir, 'originals');
    mkdirSync(originalsDir, { recursive: true });
    const changes = new ChangeFeed(db);
    const search = new SearchService(db);
    const linking = new LinkingService(db);
    changes.subscribe((items) => search.apply(items));
    changes.subscribe((items) => linking.apply(items));
    return {
      dir: libraryDir,
      databaseFile,
      originalsDir,
      backupsDir,
      db,
      events: new LibraryEvents(),
      changes,
      search,
      linking,
      undo: new UndoLog(),
      tasks: new Tasks(),
      schemaVersion: to,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Notices changes made by another process (the CLI while the app is open) through
 * PRAGMA data_version, which changes only when another connection commits.
 */
export function watchExternalChanges(library: Library, intervalMs = 1000): () => void {
  const read = () => library.db.pragma('data_version', { simple: true }) as number;
  let last = read();
  const timer = setInterval(() => {
    if (!library.db.open) return;
    const now = read();
    if (now !== last) {
      last = now;
      // Another process wrote. Search reads the library file and its change queue, so it stays
      // right by itself; the in-memory linking index cannot know which items, so it is read again.
      library.linking.invalidate();
      library.events.emit('library.changed', {
        areas: [...ENTITY_AREAS],
        origin: 'external',
      });
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
