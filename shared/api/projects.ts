import { z } from 'zod';
import { channel } from './channel';
import { importReportSchema } from './bundle';
import { base64Schema } from './common';
import { exportFileSchema } from './exports';
import { MAX_IMPORT_BASE64 } from './sources';
import { VALIDATION } from './validation-messages';

/** REFI-QDA exchange: the whole library as a project (.qdpx), or its lessons and labels as a codebook (.qdc). */
export const PROJECT_FORMATS = ['qdpx', 'qdc'] as const;
export const projectFormatSchema = z.enum(PROJECT_FORMATS);
export type ProjectFormat = z.infer<typeof projectFormatSchema>;

export const projectImportReportSchema = importReportSchema.extend({
  /** What the file held, as mapped here. */
  counts: z.object({ lessons: z.int(), labels: z.int(), profiles: z.int(), sources: z.int(), quotes: z.int(), notes: z.int(), collections: z.int() }),
  /** Everything that had no place here, one line each (in the library's language, like the file's own names). */
  unmapped: z.array(z.string()),
  /** How an ambiguity in the file was read. */
  remarks: z.array(z.string()),
});
export type ProjectImportReport = z.infer<typeof projectImportReportSchema>;

export const projectsChannels = {
  'projects.export': channel(z.strictObject({ format: projectFormatSchema }), exportFileSchema),
  'projects.import': channel(
    z.strictObject({
      fileName: z.string().min(1).max(255).regex(/\.(qdpx|qdc)$/i, { error: VALIDATION.projectFile }),
      dataBase64: base64Schema(MAX_IMPORT_BASE64, VALIDATION.fileOver50),
    }),
    projectImportReportSchema,
    ['people', 'sources', 'quotes', 'lessons', 'tags', 'notes', 'collections'],
  ),
};
