import yauzl from 'yauzl';
import { AppError } from '../errors';

/** A .docx is a zip; these bounds stop zip bombs before a byte is inflated. */
export const ZIP_LIMITS = { maxEntries: 2_000, maxUncompressed: 250 * 1024 * 1024, maxRatio: 200 };

interface ZipEntryInfo {
  fileName: string;
  uncompressedSize: number;
  compressedSize: number;
}

/** Reads the zip's central directory (sizes as declared) without inflating anything. */
export function zipEntries(bytes: Uint8Array, fileName: string): Promise<ZipEntryInfo[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(new AppError('invalid_input', `${fileName} is geen geldig Word-bestand (het zip-archief is beschadigd of afgekapt).`));
      const entries: ZipEntryInfo[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({ fileName: entry.fileName, uncompressedSize: entry.uncompressedSize, compressedSize: entry.compressedSize });
        if (entries.length > ZIP_LIMITS.maxEntries) {
          zip.close();
          return reject(new AppError('too_large', `${fileName} bevat te veel onderdelen (meer dan ${ZIP_LIMITS.maxEntries}); het wordt niet ingelezen.`));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => reject(new AppError('invalid_input', `${fileName} is geen geldig Word-bestand (beschadigd zip-archief).`)));
      zip.readEntry();
    });
  });
}

export async function checkZip(bytes: Uint8Array, fileName: string): Promise<ZipEntryInfo[]> {
  const entries = await zipEntries(bytes, fileName);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (total > ZIP_LIMITS.maxUncompressed || total / Math.max(1, compressed) > ZIP_LIMITS.maxRatio) {
    throw new AppError('too_large', `${fileName} pakt uit tot ${Math.round(total / 1024 / 1024)} MB; dat lijkt op een zip-bom en wordt niet ingelezen.`);
  }
  return entries;
}
