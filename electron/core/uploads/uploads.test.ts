import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { renderBundle } from '../export/bundle';
import { writeBundleArchive } from '../export/bundle-archive';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { twoLibrariesPerTest } from '../test-support/two-libraries';

let a: TestLibrary;
let b: TestLibrary;
twoLibrariesPerTest((first, second) => ([a, b] = [first, second]));

const uploadsIn = (t: TestLibrary) => (existsSync(join(t.dir, 'scratch', 'uploads')) ? readdirSync(join(t.dir, 'scratch', 'uploads')) : []);

/** Sends text in parts of `size` bytes, as the window does with 8 MB parts. */
async function upload(t: TestLibrary, text: string, size: number): Promise<string> {
  const bytes = Buffer.from(text, 'utf8');
  let uploadId: string | undefined;
  for (let start = 0; start < bytes.length; start += size) {
    const sent = await t.call('uploads.append', { ...(uploadId ? { uploadId } : {}), dataBase64: bytes.subarray(start, start + size).toString('base64') });
    uploadId = sent.uploadId;
    expect(sent.bytes).toBe(Math.min(bytes.length, start + size));
  }
  return uploadId as string;
}

describe('uploads', () => {
  it('a bundle sent in parts is imported as a stream, like one sent whole, and its upload is gone afterwards', async () => {
    await a.call('library.loadExample', {});
    const [collection] = (await a.call('collections.list', {})).items;
    const json = renderBundle(a.library.db, collection?.id ?? '');
    // Parts that split multi-byte characters and JSON tokens anywhere.
    const uploadId = await upload(b, json, 4099);
    expect(uploadsIn(b)).toHaveLength(1);
    const report = await b.call('bundles.import', { uploadId, fileName: 'collega.json' });
    expect(report.added).toBeGreaterThan(50);
    // The same as the bundle sent whole, into another empty library.
    const c = await openTestLibrary();
    try {
      expect(await c.call('bundles.import', { json })).toEqual(report);
      expect(await b.call('library.stats', {})).toEqual(await c.call('library.stats', {}));
    } finally {
      c.cleanup();
    }
    expect(uploadsIn(b)).toEqual([]);
    // Read once: a second import of the same upload is refused, naming why.
    const again = await dispatch(b.library, 'bundles.import', { uploadId });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ code: 'not_found', reason: { key: 'uploadMissing' } });
  });

  it('a .wgbundle sent in parts is imported as an archive, like one sent whole', async () => {
    await a.call('library.loadExample', {});
    const [collection] = (await a.call('collections.list', {})).items;
    const path = join(a.dir, 'collega.wgbundle');
    await writeBundleArchive(a.library.db, collection?.id ?? '', path);
    const bytes = readFileSync(path);
    let uploadId: string | undefined;
    for (let start = 0; start < bytes.length; start += 7001) {
      ({ uploadId } = await b.call('uploads.append', { ...(uploadId ? { uploadId } : {}), dataBase64: bytes.subarray(start, start + 7001).toString('base64') }));
    }
    const report = await b.call('bundles.import', { uploadId: uploadId as string, archive: true, fileName: 'collega.wgbundle' });
    const c = await openTestLibrary();
    try {
      expect(await c.call('bundles.import', { archiveBase64: bytes.toString('base64'), fileName: 'collega.wgbundle' })).toEqual(report);
    } finally {
      c.cleanup();
    }
    expect(report.added).toBeGreaterThan(50);
    expect(uploadsIn(b)).toEqual([]);
  });

  it('a refused bundle writes nothing and leaves no upload behind', async () => {
    const uploadId = await upload(b, JSON.stringify({ format: 'wijkgeheugen-bundle', version: 1, people: [{ nope: true }] }), 16);
    const result = await dispatch(b.library, 'bundles.import', { uploadId, fileName: 'kapot.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^kapot\.json wordt geweigerd/);
    expect((await b.call('library.stats', {})).quotes).toBe(0);
    expect(uploadsIn(b)).toEqual([]);
  });

  it('refuses a part that is not base64, a part for an unknown upload, and discards on request', async () => {
    const bad = await dispatch(b.library, 'uploads.append', { dataBase64: 'niet base64!' });
    expect(bad.ok).toBe(false);
    const unknown = await dispatch(b.library, 'uploads.append', { uploadId: '01a25399-01f2-72a9-8f20-ab61e597cf95', dataBase64: 'AAAA' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.reason?.key).toBe('uploadMissing');
    const uploadId = await upload(b, 'begin', 8);
    await b.call('uploads.discard', { uploadId });
    expect(uploadsIn(b)).toEqual([]);
  });
});
