import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from './common';

/** json: the bundle; wgbundle: the bundle with the stored originals of its sources, as a zip. */
export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'csv', 'json', 'wgbundle'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** What the export dialog shows before writing: who appears by name, by pseudonym, or not at all. */
export const privacySummarySchema = z.object({
  named: z.array(z.string()),
  pseudonymised: z.array(z.object({ name: z.string(), pseudonym: z.string() })),
  omitted: z.array(z.string()),
});
export type PrivacySummary = z.infer<typeof privacySummarySchema>;

/** An export written to a file; the window downloads it by `downloadId` (see renderer/exports/download.ts). */
export const exportFileSchema = z.object({ fileName: z.string(), mime: z.string(), size: z.int(), downloadId: z.string() });

/** The language of an export's own words and dates: the interface's. */
export const exportLanguageSchema = z.enum(['nl', 'en']).default('nl');
/** How a quote's source is named: plainly (title, outlet), or as an APA 7 reference. */
export const citationStyleSchema = z.enum(['plain', 'apa']).default('plain');

/** Formats for loose items (a lesson with its evidence, search results); the bundle is for collections. */
export const itemExportFormatSchema = z.enum(['md', 'html', 'docx', 'pdf', 'csv']);

export const exportItemsSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  items: z.array(z.strictObject({ kind: z.enum(['quote', 'lesson', 'person', 'source']), itemId: idSchema })).min(1).max(5000),
  format: itemExportFormatSchema,
  language: exportLanguageSchema,
  citationStyle: citationStyleSchema,
});

export const exportsChannels = {
  'exports.items': channel(exportItemsSchema, exportFileSchema),
  'exports.privacy': channel(z.strictObject({ collectionId: idSchema }), privacySummarySchema),
  'exports.collection': channel(z.strictObject({ collectionId: idSchema, format: exportFormatSchema, language: exportLanguageSchema, citationStyle: citationStyleSchema }), exportFileSchema),
};
