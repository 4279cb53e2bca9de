import { basename, extname } from 'node:path';
import type { ReferenceImportReport } from '../../../shared/api/references';
import { sourceCreateSchema } from '../../../shared/api/sources';
import { AppError } from '../errors';
import { readImportInWorker } from '../io/read-in-worker';
import { IMPORTABLE_EXTENSIONS } from '../io/imported-document';
import type { Library } from '../library/library';
import { createPerson } from '../people/store';
import { storeOriginal } from '../sources/originals';
import { createSource } from '../sources/store';
import { type CslItem, issuedDate, personName } from './csl';
import { parseReferences } from './parse-references';
import { storeCitation } from './source-citation';

/** A file named in a reference, found by the caller (next to the export in the CLI, chosen with it in the app). */
export type AttachmentLookup = (path: string) => { fileName: string; bytes: Uint8Array } | null;

const KIND: Record<string, 'article' | 'report' | 'interview' | 'meeting' | 'other'> = {
  article: 'article',
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  'post-weblog': 'article',
  webpage: 'article',
  report: 'report',
  thesis: 'report',
  book: 'report',
  chapter: 'report',
  interview: 'interview',
  speech: 'meeting',
};

const MIME: Record<string, string> = { '.pdf': 'application/pdf', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain' };

const outletOf = (item: CslItem) => [item['container-title']].flat().find(Boolean) ?? item.publisher ?? '';
const webUrl = (item: CslItem) => (item.URL && /^https?:\/\/\S+$/i.test(item.URL) ? item.URL : item.DOI ? `https://doi.org/${item.DOI.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` : null);

/**
 * Imports a reference manager's export (Zotero: CSL-JSON, BibTeX, RIS) as sources: title,
 * authors as profiles (an existing profile of that exact name is reused), date, outlet, URL, and
 * the whole record kept for citing (DOI and all). An attached PDF (or Word, HTML, text file)
 * becomes the source's text and stored original; without one, the abstract is the text. A
 * reference already here (same DOI, or same title and date) is skipped, so importing the same
 * export twice adds nothing. All sources are written in one transaction after every
 * attachment was read: a broken file stops the import with nothing written.
 */
export async function importReferences(library: Library, fileName: string, text: string, attachments: AttachmentLookup): Promise<ReferenceImportReport> {
  const records = await parseReferences(fileName, text);
  const report: ReferenceImportReport = { imported: [], skipped: [], missingAttachments: [] };
  const prepared: { item: CslItem; file: { fileName: string; bytes: Uint8Array; text: string } | null }[] = [];
  for (const record of records) {
    const title = (record.item.title ?? '').trim() || basename(record.attachments[0] ?? '') || 'Verwijzing zonder titel';
    let file: (typeof prepared)[number]['file'] = null;
    for (const path of record.attachments) {
      if (!IMPORTABLE_EXTENSIONS.includes(extname(path).toLowerCase())) continue;
      const found = attachments(path);
      if (!found) continue;
      const document = await readImportInWorker(found.fileName, found.bytes, () => Promise.resolve());
      file = { ...found, text: document.text };
      break;
    }
    if (!file && record.attachments.some((p) => IMPORTABLE_EXTENSIONS.includes(extname(p).toLowerCase()))) report.missingAttachments.push({ title, files: record.attachments });
    prepared.push({ item: { ...record.item, title }, file });
  }

  const db = library.db;
  const byDoi = db.prepare("SELECT c.source_id FROM source_citations c JOIN sources s ON s.id = c.source_id WHERE s.deleted_at IS NULL AND lower(json_extract(c.csl_json, '$.DOI')) = lower(?)").pluck();
  const byTitle = db.prepare('SELECT id FROM sources WHERE deleted_at IS NULL AND lower(title) = lower(?) AND coalesce(date, \'\') = ?').pluck();
  const personByName = db.prepare('SELECT id FROM people WHERE deleted_at IS NULL AND lower(name) = lower(?) LIMIT 1').pluck();
  db.transaction(() => {
    for (const { item, file } of prepared) {
      const title = (item.title as string).slice(0, 500);
      const date = issuedDate(item);
      const existing = (item.DOI ? byDoi.get(item.DOI) : undefined) ?? byTitle.get(title, date ?? '');
      if (existing) {
        report.skipped.push({ title, id: existing as string });
        continue;
      }
      const people = [...new Map((item.author ?? []).map(personName).filter(Boolean).map((name) => [name.toLowerCase(), name])).values()].slice(0, 100).map((name) => {
        const id = (personByName.get(name) as string | undefined) ?? createPerson(db, { name: name.slice(0, 300), pseudonym: null, consent: 'name', summary: '', roles: [], tagIds: [] }).id;
        return { personId: id, part: 'author' as const };
      });
      const parsed = sourceCreateSchema.safeParse({
        title,
        kind: KIND[item.type ?? ''] ?? 'other',
        outlet: outletOf(item).slice(0, 300),
        date,
        url: webUrl(item),
        language: /^(nl|en|de|fr)/i.test(item.language ?? '') ? (item.language as string).slice(0, 2).toLowerCase() : 'nl',
        text: file?.text ?? item.abstract ?? '',
        people,
      });
      if (!parsed.success) throw new AppError('invalid_input', 'referenceInvalid', { name: fileName, title, field: parsed.error.issues[0]?.path.join('.') ?? '' }, { detail: parsed.error.issues[0]?.message ?? '' });
      const sha = file ? storeOriginal(library, file.bytes, basename(file.fileName), MIME[extname(file.fileName).toLowerCase()] ?? 'application/octet-stream') : null;
      const source = createSource(db, parsed.data, sha);
      storeCitation(db, source.id, item);
      report.imported.push({ id: source.id, title, attachment: file ? basename(file.fileName) : null });
    }
  })();
  return report;
}
