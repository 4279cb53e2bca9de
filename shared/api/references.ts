import { z } from 'zod';
import { channel } from './channel';
import { base64Schema } from './common';
import { MAX_IMPORT_BASE64 } from './sources';
import { VALIDATION } from './validation-messages';

/** Imported references: each new source, what was already here, and attachments named but not found. */
export const referenceImportReportSchema = z.object({
  imported: z.array(z.object({ id: z.string(), title: z.string(), attachment: z.string().nullable() })),
  skipped: z.array(z.object({ id: z.string(), title: z.string() })),
  missingAttachments: z.array(z.object({ title: z.string(), files: z.array(z.string()) })),
});
export type ReferenceImportReport = z.infer<typeof referenceImportReportSchema>;

const file = z.strictObject({ fileName: z.string().min(1).max(255), dataBase64: base64Schema(MAX_IMPORT_BASE64, VALIDATION.fileOver50) });

export const referencesChannels = {
  /** A Zotero export (CSL-JSON, BibTeX, RIS), with the attached files chosen together with it (matched by file name). */
  'references.import': channel(
    z.strictObject({ file: file.extend({ fileName: z.string().min(1).max(255).regex(/\.(json|bib|ris)$/i, { error: VALIDATION.referenceFile }) }), attachments: z.array(file).max(50).default([]) }),
    referenceImportReportSchema,
    ['people', 'sources'],
  ),
};
