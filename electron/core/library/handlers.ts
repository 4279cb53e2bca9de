import { loadExampleLibrary } from '../example/load-example';
import { join } from 'node:path';
import { createBackup } from '../backup/backup';
import { listBackups, restoreInPlace } from '../backup/restore-in-place';
import { AppError } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { restoreSnapshot } from '../undo/snapshot';
import { countTrash, listTrash } from '../trash/store';

const live = (table: string) => `(SELECT COUNT(*) FROM ${table} WHERE deleted_at IS NULL) AS ${table}`;

export const libraryHandlers: HandlerGroup<'library.stats' | 'library.info' | 'trash.list' | 'library.loadExample' | 'library.undo' | 'backup.create' | 'backup.list' | 'backup.restore' | 'tasks.cancel'> = {
  'tasks.cancel': ({ tasks }, { taskId }) => {
    tasks.cancel(taskId);
    return { ok: true as const };
  },
  'backup.list': (library) => listBackups(library),
  'backup.restore': (library, { file }) => restoreInPlace(library, file),
  'backup.create': (library) =>
    createBackup(library, join(library.backupsDir, `wijkgeheugen-${new Date().toISOString().replace(/[:.]/g, '-')}.wgbackup`)),
  'library.undo': ({ db, undo }, { undoId }) => {
    const snapshot = undo.take(undoId);
    if (!snapshot) throw new AppError('not_found', 'undoExpired');
    db.transaction(() => restoreSnapshot(db, snapshot))();
    return { ok: true as const };
  },
  'library.loadExample': (library) => loadExampleLibrary(library),
  'library.stats': ({ db }) => {
    const counts = db
      .prepare(`SELECT ${['people', 'sources', 'quotes', 'lessons', 'tags', 'notes', 'collections'].map(live).join(', ')}`)
      .get() as Record<'people' | 'sources' | 'quotes' | 'lessons' | 'tags' | 'notes' | 'collections', number>;
    return { ...counts, trash: countTrash(db) };
  },
  'library.info': (library) => ({ path: library.dir, schemaVersion: library.schemaVersion }),
  'trash.list': ({ db }, { offset, limit }) => listTrash(db, offset, limit),
};
