/**
 * The schemas' own complaints. The text is Dutch, core's language, which logs and the CLI show.
 * Each complaint also has a key, and the window uses the key to word it in its own language
 * (`errors.validation.<key>`). Complaints that zod writes itself (too long, wrong type) carry no
 * key.
 */
export const VALIDATION = {
  invalidId: 'Ongeldige id',
  partialDate: 'Datum moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn en moet bestaan',
  httpOnly: 'Alleen http- en https-adressen',
  required: 'Mag niet leeg zijn',
  chooseTwoDifferent: 'Kies twee verschillende',
  titleOrLesson: 'Kies een titel of een bestaande les',
  endBeforeStart: 'Einddatum ligt voor de begindatum',
  projectFile: 'Kies een .qdpx- of .qdc-bestand',
  fileOver50: 'Bestand is groter dan 50 MB',
  emptySelection: 'Selectie is leeg',
  referenceFile: 'Kies een .json-, .bib- of .ris-bestand',
  languageCode: 'Taalcode zoals nl of en',
  textTooLong: 'Tekst is te lang',
  teamAddress: 'Adres zoals postgres://rol@server:5432/database (zonder wachtwoord)',
  notABundle: 'Dit is geen Wijkgeheugen-bundel',
  bundleVersion: 'Deze bundelversie wordt niet ondersteund (verwacht: 1)',
  bundleOver200: 'De bundel is groter dan 200 MB',
  bundleOrArchive: 'Geef een bundel (JSON) of een .wgbundle',
  pseudonymMissing: 'Pseudoniem ontbreekt',
  outsideText: 'Buiten de tekst',
  badCursor: 'Ongeldige cursor',
  duplicate: 'Dubbel',
  uploadPartTooLarge: 'Een deel van de upload is groter dan 8 MB',
  notBase64: 'De bestandsinhoud is niet goed doorgegeven (geen base64)',
} as const;

/**
 * Zod's own complaints (too long, wrong type), worded by their code and particulars so that they
 * too are said in the window's language rather than in zod's English.
 */
export const ZOD_ISSUES = {
  tooLong: 'Hoogstens {{max, number}} tekens',
  tooMany: 'Hoogstens {{max, number}}',
  tooShort: 'Minstens {{min, number}} tekens',
  tooFew: 'Minstens {{min, number}}',
  wrongType: 'Verkeerd soort waarde',
  badFormat: 'Ongeldige vorm',
  unknownFields: 'Onbekend veld: {{keys}}',
  invalidValue: 'Ongeldige waarde',
} as const;

/** Every complaint a field can carry, in Dutch; the window's Dutch is this table. */
export const VALIDATION_NL = { ...VALIDATION, ...ZOD_ISSUES };
export type ValidationKey = keyof typeof VALIDATION_NL;

const KEY_OF = new Map<string, ValidationKey>(Object.entries(VALIDATION).map(([key, text]) => [text, key as ValidationKey]));

/** The key of one of our complaints, found by its text; undefined when zod wrote the complaint. */
export function validationKey(message: string): ValidationKey | undefined {
  return KEY_OF.get(message);
}

interface ZodIssueLike {
  code: string;
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  origin?: unknown;
  keys?: unknown;
}

/** A zod issue as a complaint with a key: ours by its text, zod's own by its code and particulars. */
export function complaintOf(issue: ZodIssueLike): { key: ValidationKey; params?: Record<string, string | number> } {
  const ours = validationKey(issue.message);
  if (ours) return { key: ours };
  const text = issue.origin === 'string';
  const bound = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : 0);
  switch (issue.code) {
    case 'too_big':
      return { key: text ? 'tooLong' : 'tooMany', params: { max: bound(issue.maximum) } };
    case 'too_small':
      return bound(issue.minimum) <= 1 && text ? { key: 'required' } : { key: text ? 'tooShort' : 'tooFew', params: { min: bound(issue.minimum) } };
    case 'invalid_type':
      return { key: 'wrongType' };
    case 'invalid_format':
      return { key: 'badFormat' };
    case 'unrecognized_keys':
      return { key: 'unknownFields', params: { keys: Array.isArray(issue.keys) ? issue.keys.join(', ') : '' } };
    default:
      return { key: 'invalidValue' };
  }
}
