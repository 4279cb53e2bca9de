import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from './common';
import { stanceSchema } from './quotes';

/** The kinds of item a list can act on many at a time. */
export const BULK_KINDS = ['quote', 'source', 'lesson', 'person'] as const;
export const bulkKindSchema = z.enum(BULK_KINDS);

export const bulkActionSchema = z.discriminatedUnion('type', [
  /** Adds one label to every item (an item that has it already is left as it is). */
  z.strictObject({ type: z.literal('addTag'), tagId: idSchema }),
  /** Links every quote to one lesson (quotes only). */
  z.strictObject({ type: z.literal('linkLesson'), lessonId: idSchema, stance: stanceSchema.default('supports') }),
  /** Moves every item to the trash, from where each can be restored. */
  z.strictObject({ type: z.literal('trash') }),
]);
export type BulkAction = z.input<typeof bulkActionSchema>;

export const bulkChannels = {
  /** One action on many items of a list, in one transaction: all of them or, on a fault, none. */
  'items.bulk': channel(
    z.strictObject({ kind: bulkKindSchema, ids: z.array(idSchema).min(1).max(10_000), action: bulkActionSchema }),
    z.object({ changed: z.int() }),
    ['quotes', 'sources', 'lessons', 'people', 'tags'],
  ),
};
