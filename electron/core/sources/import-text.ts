import { basename, extname } from 'node:path';
import type { Source, SourceCreate } from '../../../shared/api/sources';
import { sourceCreateSchema } from '../../../shared/api/sources';
import { AppError } from '../errors';
import type { Library } from '../library/library';
import { storeOriginal } from './originals';
import { createSource } from './store';

const TEXT_TYPES: Record<string, string> = { '.txt': 'text/plain', '.md': 'text/markdown', '.markdown': 'text/markdown' };

/** Strict UTF-8: a file with invalid bytes is refused rather than stored with replacement marks. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('NUL');
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    throw new AppError('invalid_input', `${fileName} is geen geldige UTF-8-tekst; sla het bestand op als UTF-8 en probeer opnieuw.`);
  }
}

/** The first Markdown heading, else the file name without extension. */
export function titleFor(fileName: string, text: string): string {
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text);
  if (heading?.[1]) return heading[1].trim().slice(0, 500);
  return basename(fileName, extname(fileName)).trim().slice(0, 500) || 'Zonder titel';
}

export function isTextImport(fileName: string): boolean {
  return extname(fileName).toLowerCase() in TEXT_TYPES;
}

/** Imports a .txt or .md file as a source, keeping the original bytes. */
export function importTextSource(library: Library, fileName: string, bytes: Uint8Array, extra: Partial<SourceCreate> = {}): Source {
  const ext = extname(fileName).toLowerCase();
  const mime = TEXT_TYPES[ext];
  if (!mime) throw new AppError('unsupported', `${fileName}: alleen .txt en .md worden hier als bron ingelezen.`);
  if (bytes.byteLength === 0) throw new AppError('invalid_input', `${fileName} is leeg.`);
  const text = decodeUtf8(bytes, fileName);
  const parsed = sourceCreateSchema.safeParse({ title: titleFor(fileName, text), kind: 'other', text, ...extra });
  if (!parsed.success) throw new AppError('invalid_input', `${fileName}: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`);
  return library.db.transaction(() => {
    const sha = storeOriginal(library, bytes, basename(fileName), mime);
    return createSource(library.db, parsed.data, sha);
  })();
}
