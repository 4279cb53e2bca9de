import yauzl from 'yauzl';
import { AppError } from '../errors';

/** A .docx is a zip; these bounds stop zip bombs, counted on the bytes actually inflated. */
export const ZIP_LIMITS = { maxEntries: 2_000, maxUncompressed: 250 * 1024 * 1024, maxRatio: 200 };
/** Entries the caller wants to read (docProps/core.xml) are kept up to this size. */
const MAX_KEPT_ENTRY = 1024 * 1024;

export interface ZipReadOptions {
  /** What the file is to the user, in messages ("Word-bestand", "REFI-QDA-project"). */
  label?: string;
  limits?: typeof ZIP_LIMITS;
  /** Keep every entry's bytes (bounded by the limits), not only the named small ones. */
  keepAll?: boolean;
}

export interface VerifiedZip {
  entries: string[];
  /** The wanted entries' bytes, when present and small. */
  kept: Map<string, Buffer>;
}

const bomb = (fileName: string, bytes: number) =>
  new AppError('too_large', 'zipBomb', { name: fileName, mb: Math.round(bytes / 1024 / 1024) });

/**
 * Inflates every entry once as a stream, counting the bytes that really come out (a header may
 * understate them: yauzl's size validation stops an entry that runs past its declared size), and
 * stops at the first bound exceeded. Memory stays flat: inflated bytes are counted, not kept,
 * except the few small entries the caller asks for. After this pass a zip library that trusts
 * the headers (mammoth's) can no longer be led past the bounds.
 */
export function verifyZip(bytes: Uint8Array, fileName: string, keep: ReadonlySet<string> = new Set(), options: ZipReadOptions = {}): Promise<VerifiedZip> {
  const label = options.label ?? 'Word-bestand';
  const limits = options.limits ?? ZIP_LIMITS;
  const compressedTotal = Math.max(1, bytes.byteLength);
  const limit = Math.min(limits.maxUncompressed, compressedTotal * limits.maxRatio);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(new AppError('invalid_input', 'zipDamaged', { name: fileName }, { detail: label }));
      const entries: string[] = [];
      const kept = new Map<string, Buffer>();
      let inflated = 0;
      let settled = false;
      const fail = (reason: AppError) => {
        if (settled) return;
        settled = true;
        zip.close();
        reject(reason);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry.fileName);
        if (entries.length > limits.maxEntries) return fail(new AppError('too_large', 'zipTooManyEntries', { name: fileName, max: limits.maxEntries }));
        // yauzl already refuses absolute paths and "..": checked here too, so the refusal names the cause.
        if (/(^|[\\/])\.\.([\\/]|$)/.test(entry.fileName) || /^([\\/]|[a-zA-Z]:)/.test(entry.fileName)) return fail(new AppError('invalid_input', 'zipUnsafePath', { name: fileName, part: entry.fileName }));
        // The declared sizes are checked first (cheap); the inflated bytes are counted below.
        if (inflated + entry.uncompressedSize > limit) return fail(bomb(fileName, inflated + entry.uncompressedSize));
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(new AppError('invalid_input', 'zipPartDamaged', { name: fileName, part: entry.fileName }, { detail: label }));
          const chunks: Buffer[] | null = options.keepAll || (keep.has(entry.fileName) && entry.uncompressedSize <= MAX_KEPT_ENTRY) ? [] : null;
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > limit) {
              stream.destroy();
              return fail(bomb(fileName, inflated));
            }
            chunks?.push(chunk);
          });
          // yauzl reports an entry whose real size differs from its header as an error.
          stream.on('error', () => fail(new AppError('too_large', 'zipEntryLarger', { name: fileName })));
          stream.on('end', () => {
            if (settled) return;
            if (chunks) kept.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        if (settled) return;
        settled = true;
        resolve({ entries, kept });
      });
      zip.on('error', () => fail(new AppError('invalid_input', 'zipDamaged', { name: fileName }, { detail: label })));
      zip.readEntry();
    });
  });
}
