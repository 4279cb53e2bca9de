import { z } from 'zod';
import { channel } from './channel';
import { collectionSchema } from './collections';
import { lessonSchema } from './lessons';
import { noteSchema } from './notes';
import { personSchema } from './people';
import { quoteSchema } from './quotes';
import { sourceSchema } from './sources';
import { tagSchema } from './tags';
import { MAX_IMPORT_BASE64 } from './sources';
import { base64Schema, idSchema } from './common';
import { VALIDATION } from './validation-messages';

/** The JSON bundle as written by the export; version 1. Unknown fields are refused, not ignored. */
export const bundleSchema = z.strictObject({
  format: z.literal('wijkgeheugen-bundle', { error: VALIDATION.notABundle }),
  version: z.literal(1, { error: VALIDATION.bundleVersion }),
  exportedAt: z.string(),
  collection: collectionSchema.omit({ itemTitles: true }).strict(),
  people: z.array(personSchema.strict()).max(100_000),
  sources: z.array(sourceSchema.omit({ quoteCount: true }).strict()).max(100_000),
  quotes: z.array(quoteSchema.strict()).max(1_000_000),
  lessons: z.array(lessonSchema.omit({ evidenceCount: true }).strict()).max(100_000),
  tags: z.array(tagSchema.strict()).max(100_000),
  notes: z.array(noteSchema.strict()).max(100_000),
});
export type Bundle = z.infer<typeof bundleSchema>;

export const importReportSchema = z.object({
  added: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  conflicts: z.array(z.object({ kind: z.string(), id: z.string(), title: z.string(), kept: z.enum(['local', 'bundle']) })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const bundleChannels = {
  'bundles.import': channel(
    z
      .strictObject({
        json: z.string().max(200_000_000, { error: VALIDATION.bundleOver200 }).optional(),
        /** A .wgbundle (the bundle with its originals, zipped), as base64. */
        archiveBase64: base64Schema(MAX_IMPORT_BASE64, VALIDATION.fileOver50).optional(),
        /** A bundle of any size, sent in parts first (uploads.append). */
        uploadId: idSchema.optional(),
        /** The upload is a .wgbundle (the bundle with its originals, zipped), not JSON. */
        archive: z.boolean().optional(),
        /** The file's name, so that a refusal can name it. */
        fileName: z.string().max(255).optional(),
      })
      .refine((input) => [input.json, input.archiveBase64, input.uploadId].filter((given) => given !== undefined).length === 1, { error: VALIDATION.bundleOrArchive }),
    importReportSchema,
    ['people', 'sources', 'quotes', 'lessons', 'tags', 'notes', 'collections'],
  ),
};
