import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from './common';

export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'csv', 'json'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** What the export dialog shows before writing: who appears by name, by pseudonym, or not at all. */
export const privacySummarySchema = z.object({
  named: z.array(z.string()),
  pseudonymised: z.array(z.object({ name: z.string(), pseudonym: z.string() })),
  omitted: z.array(z.string()),
});
export type PrivacySummary = z.infer<typeof privacySummarySchema>;

export const exportFileSchema = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });

export const exportsChannels = {
  'exports.privacy': channel(z.strictObject({ collectionId: idSchema }), privacySummarySchema),
  'exports.collection': channel(z.strictObject({ collectionId: idSchema, format: exportFormatSchema }), exportFileSchema),
};
