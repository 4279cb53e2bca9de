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
} as const;
export type ValidationKey = keyof typeof VALIDATION;

const KEY_OF = new Map<string, ValidationKey>(Object.entries(VALIDATION).map(([key, text]) => [text, key as ValidationKey]));

/** The key of one of our complaints, found by its text; undefined when zod wrote the complaint. */
export function validationKey(message: string): ValidationKey | undefined {
  return KEY_OF.get(message);
}
