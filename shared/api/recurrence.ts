import { z } from 'zod';
import { channel } from './channel';
import { idInputSchema, idSchema } from './common';
import { stanceSchema } from './quotes';

export const timelineMarkSchema = z.object({
  quoteId: z.string(),
  dateSaid: z.string(),
  year: z.int(),
  text: z.string(),
  stance: stanceSchema,
  speakerId: z.string().nullable(),
  speakerName: z.string().nullable(),
  place: z.string().nullable(),
  programmes: z.array(z.string()),
});
export type TimelineMark = z.infer<typeof timelineMarkSchema>;

export const timelineSchema = z.object({
  lessonId: z.string(),
  marks: z.array(timelineMarkSchema),
  undated: z.int(),
  firstYear: z.int().nullable(),
  latestYear: z.int().nullable(),
  speakers: z.int(),
  places: z.int(),
  programmes: z.int(),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const recurringLessonSchema = z.object({
  lessonId: z.string(),
  title: z.string(),
  quotes: z.int(),
  speakers: z.int(),
  firstYear: z.int().nullable(),
  latestYear: z.int().nullable(),
  span: z.int(),
  /** Quotes per year, for the small timeline. */
  years: z.array(z.object({ year: z.int(), count: z.int() })),
});
export type RecurringLesson = z.infer<typeof recurringLessonSchema>;

export const cooccurrenceFacetSchema = z.enum(['programme', 'place', 'period', 'theme']);

export const cooccurrenceSchema = z.object({
  lessons: z.array(z.object({ id: z.string(), title: z.string() })),
  /** In the order of the label tree; parentId when the label above is a column too. */
  tags: z.array(z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() })),
  cells: z.array(z.object({ lessonId: z.string(), tagId: z.string(), count: z.int() })),
});
export type Cooccurrence = z.infer<typeof cooccurrenceSchema>;

export const recurrenceChannels = {
  'lessons.timeline': channel(idInputSchema, timelineSchema),
  'lessons.recurring': channel(z.strictObject({ limit: z.int().min(1).max(500).default(100) }), z.array(recurringLessonSchema)),
  'lessons.cooccurrence': channel(
    z.strictObject({ facet: cooccurrenceFacetSchema, lessonId: idSchema.optional() }),
    cooccurrenceSchema,
  ),
};
