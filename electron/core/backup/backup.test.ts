import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../io/import-file';
import { DATABASE_FILE, openLibrary } from '../library/library';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { utf8 } from '../test-support/files';
import { autoBackup, createBackup } from './backup';
import { restoreBackup } from './restore';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('backups', () => {
  it('backs up database and originals in one file and restores them, keeping the current library', async () => {
    await t.call('lessons.create', { title: 'Kies voor de lange termijn' });
    await importFile(t.library, 'gesprek.txt', utf8('Anna: Stop met experimenteren.\nBram: Ja.'));
    const file = join(t.dir, 'backup.wgbackup');
    await createBackup(t.library, file);
    await t.call('lessons.create', { title: 'Na de back-up' });
    t.library.close();

    const { keptAs } = await restoreBackup(t.dir, file);
    expect(existsSync(keptAs)).toBe(true);
    const restored = await openLibrary(t.dir);
    expect(restored.db.prepare('SELECT title FROM lessons ORDER BY title').pluck().all()).toEqual(['Kies voor de lange termijn']);
    expect(readdirSync(restored.originalsDir).length).toBe(1);
    restored.close();
  });

  it('refuses a damaged or foreign backup and leaves the library untouched', async () => {
    await t.call('lessons.create', { title: 'Blijft staan' });
    const file = join(t.dir, 'backup.wgbackup');
    await createBackup(t.library, file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const db = await zip.file(DATABASE_FILE)?.async('nodebuffer');
    if (!db) throw new Error('no db');
    db.fill(0x41, 4096, 8192); // scribble over a database page
    zip.file(DATABASE_FILE, db);
    writeFileSync(join(t.dir, 'kapot.wgbackup'), await zip.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(join(t.dir, 'vreemd.wgbackup'), 'geen archief');
    const traversal = new JSZip();
    traversal.file('wijkgeheugen-backup.json', JSON.stringify({ format: 'wijkgeheugen-backup', version: 1 }));
    traversal.file('../../etc/evil', 'x');
    writeFileSync(join(t.dir, 'pad.wgbackup'), await traversal.generateAsync({ type: 'nodebuffer' }));
    t.library.close();
    const before = sha(join(t.dir, DATABASE_FILE));
    await expect(restoreBackup(t.dir, join(t.dir, 'kapot.wgbackup'))).rejects.toThrow(/beschadigd|kan niet worden gelezen/);
    await expect(restoreBackup(t.dir, join(t.dir, 'vreemd.wgbackup'))).rejects.toThrow(/geen Wijkgeheugen-back-up/);
    await expect(restoreBackup(t.dir, join(t.dir, 'pad.wgbackup'))).rejects.toThrow(/onverwacht bestand/);
    expect(sha(join(t.dir, DATABASE_FILE))).toBe(before);
    const again = await openLibrary(t.dir);
    expect(again.db.prepare('SELECT title FROM lessons').pluck().all()).toEqual(['Blijft staan']);
    again.close();
  });

  it('makes today’s automatic backup again when the library changed after it and it is over an hour old', async () => {
    const { utimesSync, statSync } = await import('node:fs');
    const now = new Date();
    // Later moments on the same (UTC) day: the backup is named by its day, and a run late in the
    // evening must not step into tomorrow, where a new daily backup is due anyway.
    const endOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999);
    const sameDay = (ms: number) => new Date(Math.min(ms, endOfDay));
    const file = await autoBackup(t.library, now);
    expect(file).not.toBeNull();
    // Nothing changed: kept, however old.
    expect(await autoBackup(t.library, sameDay(now.getTime() + 2 * 3600_000))).toBeNull();
    // The example library is loaded right after the first backup of an empty library.
    await t.call('lessons.create', { title: 'Na de eerste back-up' });
    const later = sameDay(Date.now() + 5 * 60_000);
    expect(await autoBackup(t.library, later)).toBeNull();
    const anHourAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(file as string, anHourAgo, anHourAgo);
    expect(await autoBackup(t.library, later)).toBe(file);
    expect(statSync(file as string).mtime.getTime()).toBeGreaterThan(anHourAgo.getTime());
  });

  it('makes one automatic backup a day and keeps fourteen days', async () => {
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    expect(await autoBackup(t.library, day('2026-01-01'))).toMatch(/2026-01-01/);
    expect(await autoBackup(t.library, day('2026-01-01'))).toBeNull();
    await autoBackup(t.library, day('2026-01-10'));
    await autoBackup(t.library, day('2026-01-20'));
    expect(readdirSync(join(t.library.backupsDir, 'auto')).sort()).toEqual(['wijkgeheugen-2026-01-10.wgbackup', 'wijkgeheugen-2026-01-20.wgbackup']);
  });
});

describe('restoring while the app runs', () => {
  it('restores in place: the same library object works afterwards, search included', async () => {
    await t.call('lessons.create', { title: 'Voor de back-up' });
    const made = await t.call('backup.create', {});
    await t.call('lessons.create', { title: 'Erna' });
    await t.call('search.query', { text: 'erna' });
    const list = await t.call('backup.list', {});
    expect(list.map((b) => b.file)).toContain(made.file);
    const { keptAs } = await t.call('backup.restore', { file: made.file });
    expect(existsSync(keptAs)).toBe(true);
    expect((await t.call('lessons.list', {})).items.map((l) => l.title)).toEqual(['Voor de back-up']);
    expect((await t.call('search.query', { text: 'erna' })).hits).toEqual([]);
    await t.call('lessons.create', { title: 'Na het terugzetten' });
    expect((await t.call('search.query', { text: 'terugzetten' })).hits).toHaveLength(1);
  });

  it('only restores a backup from the library’s own backups folder', async () => {
    const elsewhere = join(t.dir, 'ergens.wgbackup');
    await createBackup(t.library, elsewhere);
    const { dispatch } = await import('../dispatch');
    expect(await dispatch(t.library, 'backup.restore', { file: elsewhere })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(t.library, 'backup.restore', { file: join(t.library.backupsDir, '..', '..', 'etc', 'x.wgbackup') })).toMatchObject({ ok: false });
  });
});
