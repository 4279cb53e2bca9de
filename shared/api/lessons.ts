import { z } from 'zod';
import { channel, crudChannels } from './channel';
import { entityMetaSchema, idSchema, listInputSchema, requiredText, tagIdsSchema } from './common';
import { VALIDATION } from './validation-messages';

export const lessonRelationKindSchema = z.enum(['same_as', 'refines', 'contradicts', 'related']);
export type LessonRelationKind = z.infer<typeof lessonRelationKindSchema>;

export const lessonRelationSchema = z.strictObject({ lessonId: idSchema, kind: lessonRelationKindSchema });
export type LessonRelation = z.infer<typeof lessonRelationSchema>;

const fields = {
  title: requiredText(300),
  aliases: z.array(requiredText(300)).max(100),
  summary: z.string().max(20_000),
  /** "Verwante woorden": words the researcher relates to this lesson; they count, labelled as related. */
  relatedWords: z.array(requiredText(80)).max(200),
  relations: z.array(lessonRelationSchema).max(200),
  tagIds: tagIdsSchema,
};

// Bundles written before related words existed have none.
export const lessonSchema = entityMetaSchema.extend({ ...fields, relatedWords: fields.relatedWords.default([]), evidenceCount: z.int() });
export type Lesson = z.infer<typeof lessonSchema>;

export const lessonCreateSchema = z.strictObject({
  title: fields.title,
  aliases: fields.aliases.default([]),
  summary: fields.summary.default(''),
  relatedWords: fields.relatedWords.default([]),
  relations: fields.relations.default([]),
  tagIds: fields.tagIds.default([]),
});
export type LessonCreate = z.input<typeof lessonCreateSchema>;

export const lessonUpdateSchema = z.strictObject(fields).partial().extend({ id: idSchema });
export type LessonUpdate = z.input<typeof lessonUpdateSchema>;

export const lessonListSchema = listInputSchema(['title', 'quoteCount', 'createdAt', 'updatedAt'] as const, 'title', {});

/** Two lessons that are the same: `keepId` keeps all evidence, aliases and relations; `mergeId` goes to the trash. */
export const mergeSchema = z.strictObject({ keepId: idSchema, mergeId: idSchema }).refine((m) => m.keepId !== m.mergeId, { error: VALIDATION.chooseTwoDifferent, path: ['mergeId'] });

/** Quotes that say the same become a new lesson (`title`) or evidence of an existing one (`lessonId`). */
export const fromQuotesSchema = z
  .strictObject({ quoteIds: z.array(idSchema).min(1).max(1000), title: requiredText(300).optional(), lessonId: idSchema.optional() })
  .refine((input) => (input.title === undefined) !== (input.lessonId === undefined), { error: VALIDATION.titleOrLesson, path: ['title'] });

export const lessonsChannels = {
  ...crudChannels('lessons', {
    entity: lessonSchema,
    create: lessonCreateSchema,
    update: lessonUpdateSchema,
    list: lessonListSchema,
  }),
  'lessons.merge': channel(mergeSchema, lessonSchema.extend({ undoId: z.string() }), ['lessons', 'quotes', 'notes', 'collections']),
  'lessons.fromQuotes': channel(fromQuotesSchema, lessonSchema, ['lessons', 'quotes']),
};
