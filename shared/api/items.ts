import { z } from 'zod';
import { idSchema } from './common';

/** Anything a note, link or collection can point at. */
export const ITEM_KINDS = ['person', 'source', 'quote', 'lesson', 'tag', 'note', 'collection'] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const itemRefSchema = z.strictObject({ kind: itemKindSchema, id: idSchema });
export type ItemRef = z.infer<typeof itemRefSchema>;
