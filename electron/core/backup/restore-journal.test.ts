import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../io/import-file';
import { DATABASE_FILE, openLibrary } from '../library/library';
import { utf8 } from '../test-support/files';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { createBackup, verifyBackup } from './backup';
import { cleanScratch, commitRestore, RESTORE_STEPS, SCRATCH_DIR } from './restore-journal';

let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const originalsOf = (dir: string) =>
  readdirSync(join(dir, 'originals'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();

describe('a restore killed at any step', () => {
  it.each(RESTORE_STEPS.filter((s) => s !== 'done'))('after "%s" is finished when the library is opened again, complete and verified', async (step) => {
    await t.call('lessons.create', { title: 'In de back-up' });
    await importFile(t.library, 'a.txt', utf8('Anna: eerste bron in de back-up.'));
    await importFile(t.library, 'b.txt', utf8('Bram: tweede bron in de back-up.'));
    const backup = join(t.dir, 'b.wgbackup');
    await createBackup(t.library, backup);
    const inBackup = originalsOf(t.dir);
    // After the backup: another lesson and another original, which the restore must take away.
    await t.call('lessons.create', { title: 'Na de back-up' });
    await importFile(t.library, 'c.txt', utf8('Cor: na de back-up.'));
    const unpacked = await verifyBackup(backup, t.dir);
    t.library.close();

    // As if the process were killed right after this step.
    commitRestore(t.dir, join(t.dir, DATABASE_FILE), unpacked, join(unpacked, DATABASE_FILE), join(t.dir, 'voor.wgbackup'), step);

    const reopened = await openLibrary(t.dir);
    expect(reopened.db.prepare('SELECT title FROM lessons ORDER BY title').pluck().all()).toEqual(['In de back-up']);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(originalsOf(t.dir)).toEqual(inBackup);
    for (const sub of readdirSync(reopened.originalsDir)) {
      for (const name of readdirSync(join(reopened.originalsDir, sub))) expect(sha(join(reopened.originalsDir, sub, name))).toBe(name);
    }
    expect(existsSync(join(t.dir, 'restore-journal.json'))).toBe(false);
    reopened.close();
    t.library = await openLibrary(t.dir);
  });

  it('says where the state before the restore was kept when the staged copy is gone', async () => {
    const backup = join(t.dir, 'b.wgbackup');
    await createBackup(t.library, backup);
    const unpacked = await verifyBackup(backup, t.dir);
    t.library.close();
    commitRestore(t.dir, join(t.dir, DATABASE_FILE), unpacked, join(unpacked, DATABASE_FILE), join(t.dir, 'voor.wgbackup'), 'journal');
    // Someone removed the scratch folder by hand.
    const { rmSync } = await import('node:fs');
    rmSync(join(t.dir, SCRATCH_DIR), { recursive: true, force: true });
    await expect(openLibrary(t.dir)).rejects.toMatchObject({ code: 'restore_incomplete', message: expect.stringContaining('voor.wgbackup') });
    rmSync(join(t.dir, 'restore-journal.json'));
    t.library = await openLibrary(t.dir);
  });
});

describe('scratch folder', () => {
  it('is inside the library; what a killed backup left is removed at start once it is stale, a fresh one is kept', async () => {
    const stale = join(t.dir, SCRATCH_DIR, 'backup-killed');
    const fresh = join(t.dir, SCRATCH_DIR, 'backup-running');
    mkdirSync(stale, { recursive: true });
    mkdirSync(fresh, { recursive: true });
    writeFileSync(join(stale, 'wijkgeheugen.sqlite'), 'half');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(stale, hourAgo, hourAgo);
    cleanScratch(t.dir);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
