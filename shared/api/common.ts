import { z } from 'zod';
import { isPartialDate } from '../dates/partial-date';
import { VALIDATION } from './validation-messages';
import { parseUrl } from '../text/parse-url';

export const idSchema = z.uuid({ error: VALIDATION.invalidId });

/**
 * A file's bytes as base64 (both transports carry plain JSON), refused at the contract when it is
 * anything else, so that no handler decodes rubbish (Buffer.from skips what is not base64).
 */
export const base64Schema = (maxLength: number, tooLong: string) =>
  z
    .string()
    .max(maxLength, { error: tooLong })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: VALIDATION.notBase64 });

export const partialDateSchema = z
  .string()
  .refine(isPartialDate, { error: VALIDATION.partialDate });

export const timestampSchema = z.string();

/** Only web and mail links are stored; javascript:, file: and relative URLs never are. */
export const webUrlSchema = z
  .string()
  .max(2000)
  .refine(
    (value) => {
      const url = parseUrl(value);
      return url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
    },
    { error: VALIDATION.httpOnly },
  );

export const shortText = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1, { error: VALIDATION.required }).max(max);

export const tagIdsSchema = z.array(idSchema).max(500);

export const entityMetaSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});

export const idInputSchema = z.strictObject({ id: idSchema });

export const directionSchema = z.enum(['asc', 'desc']);

/** Paged, sorted list input; each area names its own sort fields. */
export function listInputSchema<S extends readonly [string, ...string[]], E extends z.ZodRawShape>(
  sortFields: S,
  defaultSort: S[number],
  extra: E,
) {
  return z.strictObject({
    limit: z.int().min(1).max(500).default(100),
    /** The `next` of the previous page: the list continues after that row (keyset paging). */
    after: z.string().max(2000).optional(),
    sort: z.enum(sortFields).default(defaultSort as never),
    direction: directionSchema.default('asc'),
    query: z.string().max(200).optional(),
    ...extra,
  });
}

/** A page: its items, the total (counted on the first page only, null after), and where the next page starts (null at the end). */
export function listOutputSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int().nullable(), next: z.string().nullable() });
}

export const okSchema = z.object({ ok: z.literal(true) });
