import { z } from 'zod';
import { channel, crudChannels } from './channel';
import { entityMetaSchema, idInputSchema, idSchema, listInputSchema, partialDateSchema, tagIdsSchema } from './common';
import { VALIDATION } from './validation-messages';

export const stanceSchema = z.enum(['supports', 'nuances', 'challenges']);
export type Stance = z.infer<typeof stanceSchema>;

export const quoteLessonSchema = z.strictObject({ lessonId: idSchema, stance: stanceSchema.default('supports') });
export type QuoteLesson = z.infer<typeof quoteLessonSchema>;

/** W3C Web Annotation style: a position plus the exact text and some context around it. */
export const anchorSchema = z.object({
  start: z.int().min(0),
  end: z.int().min(0),
  prefix: z.string(),
  suffix: z.string(),
});
export type Anchor = z.infer<typeof anchorSchema>;

/** 'detached' ("los geraakt"): the exact text can no longer be found in the corrected source. */
export const anchorStatusSchema = z.enum(['anchored', 'detached']);

export const quoteSchema = entityMetaSchema.extend({
  sourceId: idSchema,
  speakerId: idSchema.nullable(),
  dateSaid: partialDateSchema.nullable(),
  text: z.string(),
  anchor: anchorSchema,
  anchorStatus: anchorStatusSchema,
  annotation: z.string(),
  lessons: z.array(quoteLessonSchema),
  tagIds: tagIdsSchema,
});
export type Quote = z.infer<typeof quoteSchema>;

/** A row of the quotes list: the quote with its speaker's name and source title, so a row needs no lookups. */
export const quoteSummarySchema = quoteSchema.extend({ speakerName: z.string().nullable(), sourceTitle: z.string() });
export type QuoteSummary = z.infer<typeof quoteSummarySchema>;

const selection = {
  start: z.int().min(0),
  end: z.int().min(1),
};

export const quoteCreateSchema = z
  .strictObject({
    sourceId: idSchema,
    ...selection,
    speakerId: idSchema.nullable().default(null),
    /** Left out: the source's date. null: unknown. */
    dateSaid: partialDateSchema.nullable().optional(),
    annotation: z.string().max(20_000).default(''),
    lessons: z.array(quoteLessonSchema).max(200).default([]),
    tagIds: tagIdsSchema.default([]),
  })
  .refine((q) => q.end > q.start, { error: VALIDATION.emptySelection, path: ['end'] });
export type QuoteCreate = z.input<typeof quoteCreateSchema>;

export const quoteUpdateSchema = z.strictObject({
  id: idSchema,
  start: selection.start.optional(),
  end: selection.end.optional(),
  speakerId: idSchema.nullable().optional(),
  dateSaid: partialDateSchema.nullable().optional(),
  annotation: z.string().max(20_000).optional(),
  lessons: z.array(quoteLessonSchema).max(200).optional(),
  tagIds: tagIdsSchema.optional(),
});
export type QuoteUpdate = z.input<typeof quoteUpdateSchema>;

export const quoteListSchema = listInputSchema(['dateSaid', 'speaker', 'createdAt', 'updatedAt', 'position'] as const, 'createdAt', {
  sourceId: idSchema.optional(),
  speakerId: idSchema.optional(),
  lessonId: idSchema.optional(),
  /** Quotes with this label, on the quote itself or on its source. */
  tagId: idSchema.optional(),
});

export const passageSchema = z.object({ start: z.int(), end: z.int(), text: z.string(), similarity: z.number() });

export const quotesChannels = {
  ...crudChannels(
    'quotes',
    { entity: quoteSchema, create: quoteCreateSchema, update: quoteUpdateSchema, list: quoteListSchema, summary: quoteSummarySchema },
    ['lessons', 'sources'],
  ),
  /** For a quote that came loose: where it most likely stands in the corrected source, to re-attach it by choice (quotes.update with start and end). */
  'quotes.reattachCandidate': channel(idInputSchema, passageSchema.nullable()),
};
