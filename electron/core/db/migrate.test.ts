import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openLibrary } from '../library/library';
import { tempDir } from '../test-support/temp-library';
import { migrations } from './migrations';
import type { Migration } from './migrations/migration';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('creates the schema on a new library and sets the pragmas', async () => {
    const library = await openLibrary(newDir());
    const db = library.db;
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['people', 'person_roles', 'sources', 'source_people', 'originals', 'quotes', 'lessons', 'lesson_aliases', 'lesson_relations', 'evidence', 'tags', 'item_tags', 'notes', 'links', 'collections', 'collection_items']),
    );
    library.close();
  });

  it('refuses a library from a newer version and leaves the file byte for byte untouched', async () => {
    const dir = newDir();
    const file = join(dir, DATABASE_FILE);
    const future = new Database(file);
    future.pragma('journal_mode = DELETE');
    future.exec('CREATE TABLE future_thing (x TEXT)');
    future.pragma('user_version = 999');
    future.close();
    const before = sha256(file);

    await expect(openLibrary(dir)).rejects.toMatchObject({ code: 'library_too_new' });
    await expect(openLibrary(dir)).rejects.toThrow(/nieuwere versie/);
    expect(sha256(file)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a file that is not SQLite, unchanged', async () => {
    const dir = newDir();
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, 'dit is geen database, maar een boodschappenlijst\n'.repeat(10));
    const before = sha256(file);
    await expect(openLibrary(dir)).rejects.toMatchObject({ code: 'not_a_library' });
    expect(sha256(file)).toBe(before);
  });

  it('takes an online backup before migrating an existing library, then migrates in one step', async () => {
    const dir = newDir();
    const v1 = await openLibrary(dir, { migrations: migrations.slice(0, 1) });
    v1.db.prepare("INSERT INTO lessons (id, title, created_at, updated_at) VALUES ('0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b', 'Kies voor de lange termijn', 'x', 'x')").run();
    v1.close();

    const extra: Migration = { version: 2, name: 'test column', up: (db) => db.exec("ALTER TABLE lessons ADD COLUMN colour TEXT NOT NULL DEFAULT 'blauw'") };
    const v2 = await openLibrary(dir, { migrations: [...migrations.slice(0, 1), extra] });
    expect(v2.schemaVersion).toBe(2);
    expect(v2.db.prepare('SELECT colour FROM lessons').pluck().get()).toBe('blauw');
    v2.close();

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT title FROM lessons').pluck().get()).toBe('Kies voor de lange termijn');
    backup.close();
  });

  it('rolls back every pending migration when one fails', async () => {
    const dir = newDir();
    (await openLibrary(dir, { migrations: migrations.slice(0, 1) })).close();
    const good: Migration = { version: 2, name: 'good', up: (db) => db.exec('CREATE TABLE good_table (x TEXT)') };
    const bad: Migration = { version: 3, name: 'bad', up: (db) => db.exec('THIS IS NOT SQL') };
    await expect(openLibrary(dir, { migrations: [...migrations.slice(0, 1), good, bad] })).rejects.toThrow();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'good_table'").pluck().get()).toBe(0);
    db.close();
  });
});
