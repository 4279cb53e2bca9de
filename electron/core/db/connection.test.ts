import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { openConnection } from './connection';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

describe('connections', () => {
  it('begin every transaction with the write lock, so another writer cannot slip in between a read and a write', () => {
    const ours = t.library.db;
    const other = openConnection(t.library.databaseFile);
    other.pragma('busy_timeout = 0');
    const now = new Date().toISOString();
    const insert = (db: typeof ours, id: string) =>
      db.prepare('INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, `Persoon ${id.slice(-1)}`, now, now);
    let otherError: { code?: string } | null = null;
    // Without IMMEDIATE the other program's insert lands between our read and our write, and
    // our write fails with SQLITE_BUSY_SNAPSHOT: the whole action is lost.
    ours.transaction(() => {
      ours.prepare('SELECT count(*) FROM people').get();
      try {
        insert(other, '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a51');
      } catch (error) {
        otherError = error as { code?: string };
      }
      insert(ours, '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a52');
    })();
    expect((otherError as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    expect(ours.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1);
    // Once we are done, the other program writes as usual.
    insert(other, '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a53');
    other.close();
  });
});
