import { extname } from 'node:path';
import { parseUntrustedJson } from '../bundle/safe-json';
import { AppError, messageOf } from '../errors';
import { type CslItem, cslItemSchema } from './csl';

export const REFERENCE_EXTENSIONS = ['.bib', '.ris', '.json'];
/** A reference export of a whole Zotero library stays far below this. */
export const MAX_REFERENCES = 20_000;

export interface ReferenceRecord {
  item: CslItem;
  /** Attached files named in the record (Zotero: "files/12/Naam.pdf"), relative to the export's folder. */
  attachments: string[];
}

/** citation-js with the BibTeX and RIS readers; loaded only when references are imported. */
async function citationJs() {
  const core = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  await import('@citation-js/plugin-ris');
  return core;
}

/** BibTeX's file field as Zotero writes it: "Full Text PDF:files/12/Naam.pdf:application/pdf;Snapshot:…". */
function bibtexFiles(field: unknown): string[] {
  if (typeof field !== 'string') return [];
  return field
    .split(/(?<!\\);/)
    .map((part) => {
      const pieces = part.split(/(?<!\\):/);
      // "description:path:mime", or just a path.
      return (pieces.length >= 3 ? pieces.slice(1, -1).join(':') : (pieces[0] ?? '')).replace(/\\([:;\\])/g, '$1').trim();
    })
    .filter(Boolean);
}

/** RIS records in order, each with its L1 (file attachment) lines. */
function risFiles(text: string): string[][] {
  return text
    .split(/^ER {2}-.*$/m)
    .filter((record) => /^TY {2}-/m.test(record))
    .map((record) => [...record.matchAll(/^L1 {2}- (.+)$/gm)].map((m) => (m[1] ?? '').trim().replace(/^file:\/\//, '')));
}

const keep = (items: unknown[], fileName: string): CslItem[] => {
  if (items.length > MAX_REFERENCES) throw new AppError('too_large', 'tooManyReferences', { name: fileName, max: MAX_REFERENCES });
  return items.map((raw, i) => {
    const parsed = cslItemSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('invalid_input', 'referenceUnreadable', { name: fileName, index: i + 1, field: parsed.error.issues[0]?.path.join('.') ?? '' }, { detail: parsed.error.issues[0]?.message ?? '' });
    const { _graph: _g, ...item } = parsed.data as CslItem & { _graph?: unknown };
    return item;
  });
};

/**
 * Zotero's exports read as CSL-JSON items: CSL-JSON as it is, BibTeX and RIS through
 * citation-js with the input type fixed (so nothing is ever looked up online: a DOI stays text).
 */
export async function parseReferences(fileName: string, text: string): Promise<ReferenceRecord[]> {
  const extension = extname(fileName).toLowerCase();
  const source = text.replace(/^\ufeff/, '');
  if (extension === '.json') {
    const json = parseUntrustedJson(source, fileName);
    const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { items?: unknown }).items) ? (json as { items: unknown[] }).items : null;
    if (!list) throw new AppError('invalid_input', 'notCslJson', { name: fileName });
    return keep(list, fileName).map((item) => ({ item, attachments: [] }));
  }
  const { Cite, plugins } = await citationJs();
  try {
    if (extension === '.bib') {
      const entries = plugins.input.chainLink(source, { forceType: '@biblatex/text' } as never) as { properties?: Record<string, unknown> }[];
      const items = keep(new Cite(source, { forceType: '@biblatex/text' }).data as unknown[], fileName);
      return items.map((item, i) => ({ item, attachments: bibtexFiles(entries[i]?.properties?.file) }));
    }
    if (extension === '.ris') {
      const files = risFiles(source);
      const items = keep(new Cite(source, { forceType: '@ris/file' }).data as unknown[], fileName);
      return items.map((item, i) => ({ item, attachments: files[i] ?? [] }));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', 'referencesUnparsable', { name: fileName, format: extension === '.bib' ? 'BibTeX' : 'RIS' }, { detail: messageOf(error) });
  }
  throw new AppError('unsupported', 'referencesUnsupported', { name: fileName, types: REFERENCE_EXTENSIONS.join(', ') });
}
