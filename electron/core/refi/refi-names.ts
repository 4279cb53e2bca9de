import type { Facet } from '../../../shared/api/tags';
import type { Lesson } from '../../../shared/api/lessons';
import type { Consent } from '../../../shared/api/people';
import type { SourceKind } from '../../../shared/api/sources';
import type { SOURCE_PARTS } from '../../../shared/api/sources';

/**
 * The words a REFI-QDA file carries for what REFI has no element of its own: the code groups,
 * the variables of sources and cases, the kinds of links. They are data in the file (another
 * tool shows them as written), so they are in Dutch like the library, and read back by name.
 */
export const GROUPS = { lessons: 'Lessen', labels: 'Labels' } as const;

export const FACET_NAMES: Record<Facet, string> = { theme: 'Thema', place: 'Plaats', programme: 'Programma', period: 'Periode', other: 'Overig' };

export const SOURCE_VARIABLES = { kind: 'Soort bron', outlet: 'Uitgever of medium', date: 'Datum', url: 'URL', language: 'Taal' } as const;
export const CASE_VARIABLES = { consent: 'Toestemming', pseudonym: 'Pseudoniem', roles: 'Rollen' } as const;

export const CONSENT_WORDS: Record<Consent, string> = { name: 'naam', pseudonym: 'pseudoniem', omit: 'weglaten' };
export const KIND_WORDS: Record<SourceKind, string> = { interview: 'interview', article: 'artikel', report: 'rapport', transcript: 'transcript', meeting: 'bijeenkomst', other: 'overig' };

export const RELATION_WORDS: Record<Lesson['relations'][number]['kind'], string> = { same_as: 'zelfde als', refines: 'verfijnt', contradicts: 'spreekt tegen', related: 'verwant' };
export const PART_WORDS: Record<(typeof SOURCE_PARTS)[number], string> = { interviewee: 'geïnterviewde', author: 'auteur', interviewer: 'interviewer', speaker: 'spreker', mentioned: 'genoemd' };
export const NOTE_LINK = 'notitie bij';

/** A lesson's other names travel at the end of its description, on a line of their own. */
export const ALIASES_PREFIX = 'Ook: ';
export const ALIAS_SEPARATOR = ' · ';
/** A role travels as one line of the "Rollen" variable: role | organisation | place | from | to. */
export const ROLE_SEPARATOR = ' | ';

/** The key of a word in one of the tables above, or null: reading back is by the same words. */
export function keyOf<K extends string>(table: Record<K, string>, word: string | undefined): K | null {
  if (word === undefined) return null;
  const wanted = word.trim().toLowerCase();
  return (Object.keys(table) as K[]).find((k) => table[k].toLowerCase() === wanted || k === wanted) ?? null;
}
