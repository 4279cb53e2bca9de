import { z } from 'zod';
import { channel } from './channel';
import { ENTITY_AREAS } from './channel-names';
import { listOutputSchema } from './common';
import { itemKindSchema } from './items';

export const statsSchema = z.object({
  people: z.int(),
  sources: z.int(),
  quotes: z.int(),
  lessons: z.int(),
  tags: z.int(),
  notes: z.int(),
  collections: z.int(),
  trash: z.int(),
});
export type LibraryStats = z.infer<typeof statsSchema>;

export const libraryInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.int(),
});

export const trashEntrySchema = z.object({
  kind: itemKindSchema,
  id: z.string(),
  title: z.string(),
  deletedAt: z.string(),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

const noInput = z.strictObject({}).default({});

export const libraryChannels = {
  'library.stats': channel(noInput, statsSchema),
  'library.info': channel(noInput, libraryInfoSchema),
  /** The example library, into an empty library only. */
  'library.loadExample': channel(
    noInput,
    z.object({ sources: z.int(), quotes: z.int(), lessons: z.int(), people: z.int() }),
    ENTITY_AREAS,
  ),
  /** Undoes a merge (the id came with its answer); only the last operations of this session. */
  'library.undo': channel(z.strictObject({ undoId: z.string().min(1).max(100) }), z.object({ ok: z.literal(true) }), ENTITY_AREAS),
  /** "Back-up maken": one file with the database and the originals, in the library's backups folder. */
  'backup.create': channel(noInput, z.object({ file: z.string(), bytes: z.int() })),
  'backup.list': channel(
    noInput,
    z.array(z.object({ file: z.string(), name: z.string(), bytes: z.int(), modifiedAt: z.string(), automatic: z.boolean() })),
  ),
  /** "Back-up terugzetten": checks the backup first and keeps the current library as a backup. */
  'backup.restore': channel(z.strictObject({ file: z.string().min(1).max(4096) }), z.object({ keptAs: z.string() }), ENTITY_AREAS),
  /** Stops a running task (a large import) at its next step; nothing of it is stored. */
  'tasks.cancel': channel(z.strictObject({ taskId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/) }), z.object({ ok: z.literal(true) })),
  'trash.list': channel(
    z.strictObject({ offset: z.int().min(0).default(0), limit: z.int().min(1).max(500).default(100) }),
    listOutputSchema(trashEntrySchema),
  ),
};
