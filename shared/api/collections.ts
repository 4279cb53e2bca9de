import { z } from 'zod';
import { lexicalDocSchema } from '../lexical/document';
import { crudChannels } from './channel';
import { entityMetaSchema, idSchema, listInputSchema, requiredText } from './common';

export const COLLECTION_ITEM_KINDS = ['quote', 'lesson', 'person', 'source'] as const;
export const collectionItemKindSchema = z.enum(COLLECTION_ITEM_KINDS);

export const collectionItemSchema = z.strictObject({
  kind: collectionItemKindSchema,
  itemId: idSchema,
  /** Starts a new section with this heading. */
  heading: z.string().trim().max(300).nullable().default(null),
  commentary: z.string().max(50_000).default(''),
});
export type CollectionItem = z.infer<typeof collectionItemSchema>;

const fields = {
  title: requiredText(300),
  intro: lexicalDocSchema.nullable(),
  /** As many as a researcher may gather (a lesson's evidence over 25 years, all search results); the request-size limit bounds it. */
  items: z.array(collectionItemSchema).max(250_000),
};

export const collectionSchema = entityMetaSchema.extend({
  ...fields,
  /** Derived: the display title of each item, by item id, so the editor needs no other lookups. */
  itemTitles: z.record(z.string(), z.string()),
});
export type Collection = z.infer<typeof collectionSchema>;

export const collectionCreateSchema = z.strictObject({
  title: fields.title,
  intro: fields.intro.default(null),
  items: fields.items.default([]),
});
export type CollectionCreate = z.input<typeof collectionCreateSchema>;

export const collectionUpdateSchema = z.strictObject(fields).partial().extend({ id: idSchema });

export const collectionListSchema = listInputSchema(['title', 'createdAt', 'updatedAt'] as const, 'title', {});

export const collectionsChannels = crudChannels('collections', {
  entity: collectionSchema,
  create: collectionCreateSchema,
  update: collectionUpdateSchema,
  list: collectionListSchema,
});
