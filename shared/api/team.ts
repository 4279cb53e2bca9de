import { z } from 'zod';
import { channel } from './channel';
import { ENTITY_AREAS } from './channel-names';
import { idSchema, okSchema } from './common';
import { ERROR_CODES, ERROR_REASONS } from './errors';
import { VALIDATION } from './validation-messages';
import { parseUrl } from '../text/parse-url';

/** postgres://ROLE@HOST:PORT/DATABASE (optionally ?sslmode=…); a password in it is refused: it goes in its own field. */
export const teamServerSchema = z
  .string()
  .trim()
  .max(500)
  .refine((url) => {
    const parsed = parseUrl(url);
    return parsed !== null && /^postgres(ql)?:$/.test(parsed.protocol) && parsed.username !== '' && parsed.password === '' && parsed.hostname !== '';
  }, { error: VALIDATION.teamAddress });

export const teamStatusSchema = z.object({
  server: z.string().nullable(),
  team: z.string().nullable(),
  /** Whether this session knows the password (it is never stored in plain text). */
  connected: z.boolean(),
  state: z.enum(['off', 'idle', 'syncing', 'unreachable', 'error']),
  /** The last sync's failure, with the reason the window words it by. */
  lastError: z
    .object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      reason: z.object({ key: z.enum(ERROR_REASONS), params: z.record(z.string(), z.union([z.string(), z.number()])) }).optional(),
    })
    .nullable(),
  lastSyncedAt: z.string().nullable(),
  pending: z.int(),
  conflicts: z.int(),
  /** The password is kept sealed by the operating system's keychain (the app), so syncing resumes after a restart. */
  remembered: z.boolean(),
  /** While a sync runs: changes sent of those waiting, or items received so far. */
  progress: z.object({ phase: z.enum(['push', 'pull']), done: z.int(), total: z.int().nullable() }).nullable(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;

export const syncReportSchema = z.object({ pushed: z.int(), pulled: z.int(), merged: z.int(), conflicts: z.int(), pending: z.int(), lastSeq: z.int() });
export type SyncReport = z.infer<typeof syncReportSchema>;

const itemJson = z.record(z.string(), z.unknown()).nullable();
export const syncConflictSchema = z.object({
  kind: z.string(),
  id: z.string(),
  title: z.string(),
  fields: z.array(z.string()),
  local: itemJson,
  remote: itemJson,
  remoteVersion: z.int(),
  remoteBy: z.string(),
  detectedAt: z.string(),
});
export type SyncConflictView = z.infer<typeof syncConflictSchema>;

export const teamChannels = {
  'team.status': channel(z.strictObject({}), teamStatusSchema),
  /** Connects (tests the server, schema and membership), remembers server and team, and syncs. */
  'team.connect': channel(z.strictObject({ server: teamServerSchema, team: z.string().trim().min(1).max(100), password: z.string().min(1).max(1000) }), teamStatusSchema, [...ENTITY_AREAS]),
  'team.sync': channel(z.strictObject({}), syncReportSchema, [...ENTITY_AREAS]),
  'team.disconnect': channel(z.strictObject({}), okSchema),
  'team.conflicts': channel(z.strictObject({}), z.array(syncConflictSchema)),
  'team.resolve': channel(z.strictObject({ kind: z.enum(['tag', 'person', 'lesson', 'source', 'quote', 'note', 'collection']), id: idSchema, keep: z.enum(['local', 'remote']) }), okSchema, [...ENTITY_AREAS]),
};
