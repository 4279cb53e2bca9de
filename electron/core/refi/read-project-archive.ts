import { AppError } from '../errors';
import { verifyZip, ZIP_LIMITS } from '../io/zip-limits';

/**
 * Bounds for a .qdpx: a project of 100,000 quotes in thousands of long sources stays far below
 * them; a zip bomb does not. (A .docx keeps the tighter bounds of ZIP_LIMITS.)
 */
export const QDPX_LIMITS = { ...ZIP_LIMITS, maxEntries: 100_000, maxUncompressed: 1024 * 1024 * 1024, maxRatio: 200 };
/** A .qde larger than this is not a project a researcher made by hand; V8 strings stop at 512 MB. */
const MAX_QDE_BYTES = 300 * 1024 * 1024;

export interface ProjectArchive {
  /** The project XML, without a byte order mark. */
  qde: string;
  qdeName: string;
  /** A file of the archive by its path, found case-insensitively ("Sources/" or "sources/"). */
  file(path: string): Buffer | undefined;
}

export const decodeUtf8 = (bytes: Buffer) => bytes.toString('utf8').replace(/^\ufeff/, '');

/**
 * Opens a .qdpx: checks the zip against its bounds (entries, inflated size, ratio, unsafe paths)
 * before anything is read, then finds the project file: project.qde, or the one *.qde another
 * tool named after the project (ATLAS.ti does).
 */
export async function readProjectArchive(bytes: Uint8Array, fileName: string): Promise<ProjectArchive> {
  const { kept } = await verifyZip(bytes, fileName, new Set(), { label: 'REFI-QDA-project (.qdpx)', limits: QDPX_LIMITS, keepAll: true });
  const byLowerPath = new Map<string, Buffer>();
  for (const [path, data] of kept) byLowerPath.set(path.replace(/\\/g, '/').toLowerCase(), data);
  const qdes = [...kept.keys()].filter((p) => /\.qde$/i.test(p) && !p.includes('/'));
  const qdeName = qdes.find((p) => p.toLowerCase() === 'project.qde') ?? (qdes.length === 1 ? qdes[0] : undefined);
  if (!qdeName) {
    throw new AppError('invalid_input', qdes.length > 1 ? 'refiManyProjects' : 'refiNoProject', { name: fileName });
  }
  const qdeBytes = kept.get(qdeName) as Buffer;
  if (qdeBytes.byteLength > MAX_QDE_BYTES) throw new AppError('too_large', 'projectPartTooLarge', { part: qdeName, name: fileName, limitMb: MAX_QDE_BYTES / 1024 / 1024 });
  return { qde: decodeUtf8(qdeBytes), qdeName, file: (path) => byLowerPath.get(path.replace(/\\/g, '/').toLowerCase()) };
}
