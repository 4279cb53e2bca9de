import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import type { Db } from './connection';
import type { Migration } from './migrations/migration';

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function refuseFutureVersion(version: number, migrations: readonly Migration[]): void {
  const known = latestVersion(migrations);
  if (version > known) {
    throw new AppError('library_too_new', 'libraryTooNew', { version, known }, { detail: 'er is niets aan het bestand veranderd' });
  }
}

/**
 * Brings the schema up to date. Before changing an existing library, a copy is taken with
 * SQLite's online backup API (never a file copy of a live database). All pending migrations
 * then run in one transaction: either the library is fully migrated or not at all.
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[],
  backupDir: string,
): Promise<{ from: number; to: number; backupFile: string | null }> {
  const from = db.pragma('user_version', { simple: true }) as number;
  refuseFutureVersion(from, migrations);
  const pending = [...migrations].filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0) {
    mkdirSync(backupDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    backupFile = join(backupDir, `voor-migratie-v${from}-${stamp}.sqlite`);
    await db.backup(backupFile);
  }

  const run = db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  run();
  return { from, to: latestVersion(migrations), backupFile };
}
