import type { z } from 'zod';
import type { EntityArea } from './channel-names';
import { idInputSchema, listOutputSchema } from './common';

/**
 * One channel of the API: how its input is validated, what it returns, and which areas of
 * the library it changes (so that transports can announce "library changed" afterwards).
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  mutates: readonly EntityArea[];
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  mutates: readonly EntityArea[] = [],
): ChannelDef<I, O> {
  return { input, output, mutates };
}

/**
 * The six channels every entity has: create, get, update, list, delete (to trash), restore.
 * A list returns `summary` rows where the whole entity would be heavy (a source's text).
 */
export function crudChannels<
  A extends EntityArea,
  E extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  L extends z.ZodType,
  S extends z.ZodType = E,
>(area: A, schemas: { entity: E; create: C; update: U; list: L; summary?: S }, alsoMutates: readonly EntityArea[] = []) {
  const mutates = [area, ...alsoMutates];
  return {
    [`${area}.create`]: channel(schemas.create, schemas.entity, mutates),
    [`${area}.get`]: channel(idInputSchema, schemas.entity),
    [`${area}.update`]: channel(schemas.update, schemas.entity, mutates),
    [`${area}.list`]: channel(schemas.list, listOutputSchema(schemas.summary ?? schemas.entity)),
    [`${area}.delete`]: channel(idInputSchema, schemas.entity, mutates),
    [`${area}.restore`]: channel(idInputSchema, schemas.entity, mutates),
  } as {
    [K in `${A}.create`]: ChannelDef<C, E>;
  } & { [K in `${A}.get`]: ChannelDef<typeof idInputSchema, E> } & {
    [K in `${A}.update`]: ChannelDef<U, E>;
  } & { [K in `${A}.list`]: ChannelDef<L, ReturnType<typeof listOutputSchema<S>>> } & {
    [K in `${A}.delete` | `${A}.restore`]: ChannelDef<typeof idInputSchema, E>;
  };
}
