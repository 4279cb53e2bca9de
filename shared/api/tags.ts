import { z } from 'zod';
import { channel, crudChannels } from './channel';
import { mergeSchema } from './lessons';
import { entityMetaSchema, idSchema, listInputSchema, requiredText } from './common';

export const FACETS = ['theme', 'place', 'programme', 'period', 'other'] as const;
export const facetSchema = z.enum(FACETS);
export type Facet = z.infer<typeof facetSchema>;

const fields = {
  name: requiredText(200),
  facet: facetSchema,
  parentId: idSchema.nullable(),
};

export const tagSchema = entityMetaSchema.extend(fields);
export type Tag = z.infer<typeof tagSchema>;

export const tagCreateSchema = z.strictObject({
  name: fields.name,
  facet: fields.facet.default('other'),
  parentId: fields.parentId.default(null),
});
export type TagCreate = z.input<typeof tagCreateSchema>;

export const tagUpdateSchema = z.strictObject(fields).partial().extend({ id: idSchema });

export const tagListSchema = listInputSchema(['name', 'facet', 'createdAt'] as const, 'name', {
  facet: facetSchema.optional(),
});

export const tagsChannels = {
  ...crudChannels('tags', {
    entity: tagSchema,
    create: tagCreateSchema,
    update: tagUpdateSchema,
    list: tagListSchema,
  }),
  /** Two labels that are one: every item and child label of `mergeId` moves to `keepId`. */
  'tags.merge': channel(mergeSchema, tagSchema.extend({ undoId: z.string() }), ['tags', 'quotes', 'sources', 'people', 'lessons']),
};
