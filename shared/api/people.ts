import { z } from 'zod';
import { crudChannels } from './channel';
import { entityMetaSchema, idSchema, listInputSchema, partialDateSchema, requiredText, shortText, tagIdsSchema } from './common';
import { VALIDATION } from './validation-messages';

export const consentSchema = z.enum(['name', 'pseudonym', 'omit']);
export type Consent = z.infer<typeof consentSchema>;

export const personRoleSchema = z
  .strictObject({
    role: requiredText(200),
    organisation: shortText(200).default(''),
    place: shortText(200).default(''),
    from: partialDateSchema.nullable().default(null),
    to: partialDateSchema.nullable().default(null),
  })
  .refine((r) => r.from === null || r.to === null || r.from <= r.to, {
    error: VALIDATION.endBeforeStart,
    path: ['to'],
  });
export type PersonRole = z.infer<typeof personRoleSchema>;

const fields = {
  name: requiredText(300),
  pseudonym: shortText(300).nullable(),
  consent: consentSchema,
  summary: z.string().max(20_000),
  roles: z.array(personRoleSchema).max(100),
  tagIds: tagIdsSchema,
};

export const personSchema = entityMetaSchema.extend(fields);
export type Person = z.infer<typeof personSchema>;

export const personCreateSchema = z.strictObject({
  name: fields.name,
  pseudonym: fields.pseudonym.default(null),
  consent: fields.consent.default('name'),
  summary: fields.summary.default(''),
  roles: fields.roles.default([]),
  tagIds: fields.tagIds.default([]),
});
export type PersonCreate = z.input<typeof personCreateSchema>;

export const personUpdateSchema = z.strictObject(fields).partial().extend({ id: idSchema });
export type PersonUpdate = z.input<typeof personUpdateSchema>;

export const personListSchema = listInputSchema(['name', 'quoteCount', 'createdAt', 'updatedAt'] as const, 'name', {});

export const peopleChannels = crudChannels('people', {
  entity: personSchema,
  create: personCreateSchema,
  update: personUpdateSchema,
  list: personListSchema,
});
