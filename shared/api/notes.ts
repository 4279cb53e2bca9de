import { z } from 'zod';
import { lexicalDocSchema } from '../lexical/document';
import { channel, crudChannels } from './channel';
import { entityMetaSchema, idSchema, listInputSchema, shortText } from './common';
import { itemKindSchema, itemRefSchema } from './items';

export const noteSchema = entityMetaSchema.extend({
  /** The item this note annotates; null for a free memo. */
  target: itemRefSchema.nullable(),
  title: z.string(),
  doc: lexicalDocSchema,
  plainText: z.string(),
  links: z.array(itemRefSchema),
});
export type Note = z.infer<typeof noteSchema>;

export const noteCreateSchema = z.strictObject({
  target: itemRefSchema.nullable().default(null),
  title: shortText(300).default(''),
  doc: lexicalDocSchema,
});
export type NoteCreate = z.input<typeof noteCreateSchema>;

export const noteUpdateSchema = z.strictObject({
  id: idSchema,
  title: shortText(300).optional(),
  doc: lexicalDocSchema.optional(),
});

export const noteListSchema = listInputSchema(['title', 'createdAt', 'updatedAt'] as const, 'updatedAt', {
  targetKind: itemKindSchema.optional(),
  targetId: idSchema.optional(),
});

export const backlinkSchema = z.object({
  noteId: z.string(),
  title: z.string(),
  snippet: z.string(),
  /** The item the mentioning note belongs to, if any. */
  target: itemRefSchema.nullable(),
  targetTitle: z.string().nullable(),
  updatedAt: z.string(),
});
export type Backlink = z.infer<typeof backlinkSchema>;

export const notesChannels = {
  ...crudChannels('notes', {
    entity: noteSchema,
    create: noteCreateSchema,
    update: noteUpdateSchema,
    list: noteListSchema,
  }),
  /** "Genoemd in": the notes that mention an item. */
  'notes.backlinks': channel(itemRefSchema, z.array(backlinkSchema)),
};
