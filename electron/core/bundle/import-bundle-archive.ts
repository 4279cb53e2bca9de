import type { ImportReport } from '../../../shared/api/bundle';
import { AppError } from '../errors';
import { BUNDLE_ARCHIVE_JSON, BUNDLE_ARCHIVE_ORIGINALS, hashMatches } from '../export/bundle-archive';
import { verifyZip, ZIP_LIMITS } from '../io/zip-limits';
import type { Library } from '../library/library';
import { storeOriginal } from '../sources/originals';
import { importBundle } from './import-bundle';
import { bundleSchema } from '../../../shared/api/bundle';
import { parseUntrustedJson } from './safe-json';

const ARCHIVE_LIMITS = { ...ZIP_LIMITS, maxEntries: 100_000, maxUncompressed: 1024 * 1024 * 1024 };
/** A .wgbundle larger than what it may unpack to is not one of ours; it is refused before it is read. */
export const MAX_ARCHIVE_UPLOAD_BYTES = ARCHIVE_LIMITS.maxUncompressed;

/**
 * A .wgbundle: the bundle, then its originals stored by hash (each checked against the hash it
 * is named by, so a tampered file is refused), then the merge. The originals that a source of
 * the bundle names are linked to it; one already here is stored once.
 */
export async function importBundleArchive(library: Library, bytes: Uint8Array, fileName = 'bundle.wgbundle'): Promise<ImportReport> {
  const { kept } = await verifyZip(bytes, fileName, new Set(), { label: 'Wijkgeheugen-bundel (.wgbundle)', limits: ARCHIVE_LIMITS, keepAll: true });
  const json = kept.get(BUNDLE_ARCHIVE_JSON);
  if (!json) throw new AppError('invalid_input', 'archiveNotBundle', { name: fileName, entry: BUNDLE_ARCHIVE_JSON });
  const text = json.toString('utf8');
  // Checked before any original is stored, so a refused bundle leaves nothing behind.
  const parsed = bundleSchema.safeParse(parseUntrustedJson(text, fileName));
  // An invalid bundle is refused by importBundle with its usual message, before any original is stored.
  if (!parsed.success) return importBundle(library.db, text, fileName);
  const wanted = new Map(parsed.data.sources.filter((s) => s.original).map((s) => [s.original?.sha256 as string, s.original as NonNullable<(typeof s)['original']>]));
  for (const [path, data] of kept) {
    if (!path.startsWith(BUNDLE_ARCHIVE_ORIGINALS)) continue;
    const sha256 = path.slice(BUNDLE_ARCHIVE_ORIGINALS.length);
    const original = wanted.get(sha256);
    if (!original) continue;
    if (!hashMatches(sha256, data)) throw new AppError('invalid_input', 'originalDamaged', { name: fileName, original: original.name });
  }
  for (const [path, data] of kept) {
    const original = path.startsWith(BUNDLE_ARCHIVE_ORIGINALS) ? wanted.get(path.slice(BUNDLE_ARCHIVE_ORIGINALS.length)) : undefined;
    if (original) storeOriginal(library, data, original.name, original.mime);
  }
  return importBundle(library.db, text, fileName);
}
