import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { openTestLibrary, type TestLibrary } from './test-support/temp-library';

let lib: TestLibrary;
beforeEach(async () => {
  lib = await openTestLibrary();
});
afterEach(() => lib.cleanup());

describe('errors travel as a code, a reason with its particulars, and core’s own sentence', () => {
  it('an unreadable kind of file', async () => {
    const result = await dispatch(lib.library, 'sources.importFile', { fileName: 'installer.exe', dataBase64: Buffer.from('MZ').toString('base64') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unsupported');
    expect(result.error.reason?.key).toBe('fileTypeUnsupported');
    expect(result.error.reason?.params.name).toBe('installer.exe');
    expect(result.error.message).toMatch(/installer\.exe: dit soort bestand/);
  });

  it('an item that is not there', async () => {
    const result = await dispatch(lib.library, 'lessons.get', { id: '01a22767-0000-7000-8000-000000000000' });
    expect(result.ok ? null : result.error.reason).toEqual({ key: 'notFound', params: {} });
  });
  it('an invalid field: each complaint of our own schemas carries its key beside its Dutch text', async () => {
    const result = await dispatch(lib.library, 'lessons.create', { title: '   ' });
    expect(result.ok ? null : result.error.issues).toEqual([{ path: 'title', message: 'Mag niet leeg zijn', key: 'required' }]);
  });
});
