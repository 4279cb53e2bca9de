import { z } from 'zod';
import { channel, crudChannels } from './channel';
import {
  base64Schema,
  entityMetaSchema,
  idSchema,
  listInputSchema,
  partialDateSchema,
  requiredText,
  shortText,
  tagIdsSchema,
  webUrlSchema,
} from './common';
import { VALIDATION } from './validation-messages';

export const SOURCE_KINDS = ['interview', 'article', 'report', 'transcript', 'meeting', 'other'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const SOURCE_PARTS = ['interviewee', 'author', 'interviewer', 'speaker', 'mentioned'] as const;
export const sourcePartSchema = z.enum(SOURCE_PARTS);

export const sourcePersonSchema = z.strictObject({ personId: idSchema, part: sourcePartSchema });
export type SourcePerson = z.infer<typeof sourcePersonSchema>;

/** 20 million characters: far beyond any interview or report, small enough to keep in memory. */
export const MAX_SOURCE_TEXT = 20_000_000;

export const originalFileSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string(),
  mime: z.string(),
  size: z.int(),
});

const fields = {
  title: requiredText(500),
  kind: sourceKindSchema,
  outlet: shortText(300),
  date: partialDateSchema.nullable(),
  url: webUrlSchema.nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { error: VALIDATION.languageCode }),
  text: z.string().max(MAX_SOURCE_TEXT, { error: VALIDATION.textTooLong }),
  people: z.array(sourcePersonSchema).max(500),
  tagIds: tagIdsSchema,
};

export const sourceSpeakerSchema = z.strictObject({ label: z.string().min(1).max(100), personId: idSchema.nullable() });
export type SourceSpeaker = z.infer<typeof sourceSpeakerSchema>;

export const sourceSchema = entityMetaSchema.extend({
  ...fields,
  original: originalFileSchema.nullable(),
  quoteCount: z.int(),
  /** Speakers found in a transcript, each matched to a profile or not (yet). */
  speakers: z.array(sourceSpeakerSchema),
});
export type Source = z.infer<typeof sourceSchema>;

/** A row of the sources list: everything but the text (which can be megabytes) and the speakers. */
export const sourceSummarySchema = sourceSchema.omit({ text: true, speakers: true });
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceCreateSchema = z.strictObject({
  title: fields.title,
  kind: fields.kind.default('article'),
  outlet: fields.outlet.default(''),
  date: fields.date.default(null),
  url: fields.url.default(null),
  language: fields.language.default('nl'),
  text: fields.text.default(''),
  people: fields.people.default([]),
  tagIds: fields.tagIds.default([]),
});
export type SourceCreate = z.input<typeof sourceCreateSchema>;

export const sourceUpdateSchema = z.strictObject(fields).partial().extend({ id: idSchema });
export type SourceUpdate = z.input<typeof sourceUpdateSchema>;

export const sourceListSchema = listInputSchema(['title', 'date', 'quoteCount', 'createdAt', 'updatedAt'] as const, 'title', {
  personId: idSchema.optional(),
});

/** 50 MB of file as base64 (4/3 larger), the same over IPC and HTTP. */
export const MAX_IMPORT_BASE64 = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4;

/** Import a file (.txt, .md, .html, .docx, .pdf, .vtt, .srt) as a source. */
export const sourceImportFileSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  /** Names the import for progress events and for tasks.cancel. */
  taskId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
  dataBase64: base64Schema(MAX_IMPORT_BASE64, VALIDATION.fileOver50),
});

export const sourceImportResultSchema = z.object({ source: sourceSchema, speakers: z.array(z.string()) });

export const matchSpeakersSchema = z.strictObject({ id: idSchema, speakers: z.array(sourceSpeakerSchema).max(200) });

export const sourcesChannels = {
  ...crudChannels(
    'sources',
    { entity: sourceSchema, create: sourceCreateSchema, update: sourceUpdateSchema, list: sourceListSchema, summary: sourceSummarySchema },
    ['quotes'],
  ),
  /** Before a corrected text is saved: the quotes it would leave loose ("los geraakt"), so the window can warn first. */
  'sources.previewCorrection': channel(z.strictObject({ id: idSchema, text: fields.text }), z.object({ detached: z.array(z.object({ id: z.string(), text: z.string() })) })),
  'sources.importFile': channel(sourceImportFileSchema, sourceImportResultSchema, ['sources']),
  'sources.matchSpeakers': channel(matchSpeakersSchema, sourceSchema, ['sources', 'people']),
};
