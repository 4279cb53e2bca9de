import { z } from 'zod';
import { channel } from './channel';
import { idSchema, partialDateSchema } from './common';
import { itemKindSchema } from './items';

const rangeSchema = z.tuple([z.int(), z.int()]);

export const searchQuerySchema = z.strictObject({
  text: z.string().max(200),
  kinds: z.array(itemKindSchema).max(7).optional(),
  tagIds: z.array(idSchema).max(50).optional(),
  personId: idSchema.optional(),
  lessonId: idSchema.optional(),
  dateFrom: partialDateSchema.optional(),
  dateTo: partialDateSchema.optional(),
  /** Results per kind. */
  limit: z.int().min(1).max(200).default(8),
});
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  kind: itemKindSchema,
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
  titleRanges: z.array(rangeSchema),
  snippetRanges: z.array(rangeSchema),
  date: z.string().nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  hits: z.array(searchHitSchema),
  counts: z.partialRecord(itemKindSchema, z.int()),
});

/**
 * Why a lesson or quote was suggested, in data; the renderer words it. Words are only words that
 * occur in both texts after normalisation (stems, parts of compounds), never stop words or names.
 */
export const reasonSchema = z.discriminatedUnion('kind', [
  /** Shared words with one of the lesson's phrasings (its title or an alias). */
  z.object({ kind: z.literal('phrasing'), phrasing: z.string(), words: z.array(z.string()) }),
  /** Shared words with the lesson's description (summary). */
  z.object({ kind: z.literal('shared-words'), words: z.array(z.string()) }),
  /** The nearest quote already linked to the lesson, and the words both share. */
  z.object({ kind: z.literal('nearest-evidence'), quoteId: z.string(), excerpt: z.string(), words: z.array(z.string()) }),
  /** Words the researcher listed as related to the lesson ("Verwante woorden"): related, not the same. */
  z.object({ kind: z.literal('related-words'), words: z.array(z.string()) }),
]);
export type Reason = z.infer<typeof reasonSchema>;

export const suggestInputSchema = z.strictObject({
  /** The passage to link: a new selection, or the text of an existing quote. */
  text: z.string().min(1).max(20_000),
  /** When the passage is an existing quote: left out of the similar quotes, as is its source. */
  quoteId: idSchema.optional(),
  limit: z.int().min(1).max(20).default(5),
});

export const suggestResultSchema = z.object({
  /** True when no lesson scored above the calibrated threshold: the panel says it is unsure. */
  unsure: z.boolean(),
  lessons: z.array(z.object({ lessonId: z.string(), title: z.string(), score: z.number(), reasons: z.array(reasonSchema) })),
  quotes: z.array(
    z.object({
      quoteId: z.string(),
      text: z.string(),
      speakerId: z.string().nullable(),
      speakerName: z.string().nullable(),
      dateSaid: z.string().nullable(),
      sourceTitle: z.string(),
      score: z.number(),
      reasons: z.array(reasonSchema),
    }),
  ),
});
export type SuggestResult = z.infer<typeof suggestResultSchema>;

export const discoverInputSchema = z.strictObject({
  maxGroups: z.int().min(1).max(50).default(12),
});

const discoveredQuoteSchema = z.object({
  quoteId: z.string(),
  text: z.string(),
  speakerName: z.string().nullable(),
  dateSaid: z.string().nullable(),
  sourceTitle: z.string(),
});

export const discoverResultSchema = z.object({
  groups: z.array(
    z.object({
      /** Stable for the same quotes, so the list keeps its keys between refreshes. */
      key: z.string(),
      title: z.string(),
      sharedWords: z.array(z.string()),
      firstYear: z.int().nullable(),
      lastYear: z.int().nullable(),
      speakers: z.int(),
      quotes: z.array(discoveredQuoteSchema),
    }),
  ),
  /** How many unlinked quotes were considered (the newest, up to a bound). */
  considered: z.int(),
});
export type DiscoverResult = z.infer<typeof discoverResultSchema>;

export const searchChannels = {
  'search.query': channel(searchQuerySchema, searchResultSchema),
  'linking.suggest': channel(suggestInputSchema, suggestResultSchema),
  'linking.discover': channel(discoverInputSchema, discoverResultSchema),
  /**
   * Words of a quote that its lesson's own words lack, rarest first: offered as "Verwante woorden"
   * when the researcher links a quote that "Eerder gehoord" did not recognise for that lesson.
   */
  'linking.relatedCandidates': channel(z.strictObject({ quoteId: idSchema, lessonId: idSchema }), z.object({ words: z.array(z.string()) })),
};
