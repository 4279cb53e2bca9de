/**
 * Why a call failed, in Dutch: core's language for logs and the CLI, and the window's Dutch
 * wording too (nl.ts spreads this table, so the Dutch text exists once). The window words the
 * same key in English from en.ts, which must have every key with the same placeholders
 * (renderer/ui/form-errors.test.ts). Placeholders are i18next's `{{name}}`; `{{max, number}}` formats a number.
 *
 * Particulars are names, numbers and paths, never sentences: a third party's own message (pdf.js,
 * a zod issue, the team server) goes into the log as `detail`, not into the user's sentence.
 */
export const REASONS_NL = {
  // Items
  notFound: 'Dit item bestaat niet (meer), of ligt in de prullenbak.',
  notInTrash: 'Dit item ligt niet in de prullenbak.',
  duplicateReference: 'Hetzelfde item staat twee keer in de lijst ({{field}}).',
  lessonSelfRelation: 'Een les kan geen relatie met zichzelf hebben.',
  tagUnderItself: 'Een label kan niet onder zichzelf hangen.',
  pseudonymNeeded: 'Geef een pseudoniem als het profiel onder pseudoniem wordt geëxporteerd.',
  selectionOutside: 'De selectie ({{start}}–{{end}}) valt buiten de tekst van de bron ({{length, number}} tekens).',
  selectionBlank: 'De selectie bevat alleen witruimte.',
  onlyQuotesToLessons: 'Alleen citaten worden aan een les gekoppeld.',
  undoExpired: 'Dit kan niet meer ongedaan worden gemaakt (te lang geleden, of de app is herstart).',
  // The call itself
  unknownChannel: 'Onbekend kanaal: {{channel}}.',
  inputTooDeep: 'De invoer is dieper genest dan {{max}} niveaus.',
  inputUnchecked: 'De invoer kon niet worden gecontroleerd.',
  invalidInput: 'Ongeldige invoer bij {{path}}.',
  badCursor: 'Ongeldige vervolgpositie in de lijst; begin de lijst opnieuw.',
  libraryBusy: 'De bibliotheek is bezet door een ander programma; probeer het zo opnieuw.',
  conflictingData: 'De wijziging botst met bestaande gegevens ({{code}}).',
  internal: 'Er ging iets mis bij het uitvoeren; er is niets opgeslagen.',
  cancelled: 'Het inlezen is gestopt; er is niets opgeslagen.',
  // Files to import
  fileTypeUnsupported: '{{name}}: dit soort bestand kan niet worden ingelezen (wel: {{types}}).',
  fileTooLarge: '{{name}} is {{mb}} MB; de grens is {{limitMb}} MB.',
  fileEmpty: '{{name}} is leeg (0 bytes).',
  noText: '{{name}} bevat geen tekst.',
  fileUnreadable: '{{name}} kon niet worden gelezen.',
  importFieldInvalid: '{{name}}: {{field}} is ongeldig.',
  importStopped: '{{name}}: het inlezen stopte onverwacht; er is niets opgeslagen.',
  notUtf8: '{{name}} is geen geldige UTF-8-tekst; sla het bestand op als UTF-8 en probeer opnieuw.',
  binaryText: '{{name}} lijkt geen tekstbestand (het bevat binaire gegevens).',
  notWord: '{{name}} is geen Word-document (word/document.xml ontbreekt).',
  wordDamaged: '{{name}} kon niet worden gelezen; het Word-bestand is beschadigd.',
  notPdf: '{{name}} is geen PDF-bestand.',
  pdfLocked: '{{name}} kon niet worden gelezen: het is met een wachtwoord beveiligd.',
  pdfDamaged: '{{name}} kon niet worden gelezen: het bestand is beschadigd.',
  pdfNoText: '{{name}} bevat geen tekst (misschien een scan zonder tekstlaag).',
  htmlTooDeep: '{{name}} is te diep genest (meer dan {{max}} elementen in elkaar); zo ziet geen gewone webpagina eruit.',
  htmlTooManyElements: '{{name}} heeft meer dan {{max, number}} HTML-elementen; sla de pagina op als tekst of pdf.',
  notWebVtt: '{{name}} is geen WebVTT-bestand (de eerste regel moet WEBVTT zijn).',
  noSubtitles: '{{name}} bevat geen ondertitels (geen regels met tijdcodes gevonden).',
  // Archives
  zipDamaged: '{{name}} is geen geldig zip-archief (beschadigd of afgekapt, of met een onveilig pad); het wordt niet ingelezen.',
  zipPartDamaged: '{{name}} is beschadigd (onderdeel {{part}}); het wordt niet ingelezen.',
  zipUnsafePath: '{{name}} bevat een onveilig pad ({{part}}); het wordt niet ingelezen.',
  zipBomb: '{{name}} pakt uit tot meer dan {{mb}} MB; dat lijkt op een zip-bom en wordt niet ingelezen.',
  zipTooManyEntries: '{{name}} bevat te veel onderdelen (meer dan {{max, number}}); het wordt niet ingelezen.',
  zipEntryLarger: '{{name}}: een onderdeel is groter dan het archief opgeeft; het bestand wordt niet ingelezen.',
  // References (Zotero and others)
  tooManyReferences: '{{name}} bevat meer dan {{max, number}} verwijzingen.',
  referencesUnsupported: '{{name}}: verwijzingen worden gelezen uit {{types}}.',
  notCslJson: '{{name}} is geen CSL-JSON (verwacht: een lijst verwijzingen, zoals Zotero die exporteert).',
  referencesUnparsable: '{{name}} is niet te lezen als {{format}}.',
  referenceInvalid: '{{name}}: "{{title}}" is ongeldig ({{field}}).',
  referenceUnreadable: '{{name}}: verwijzing {{index}} is niet te lezen ({{field}}).',
  // Bundles and JSON from elsewhere
  bundleOrArchive: 'Geef een bundel (JSON) of een .wgbundle.',
  notJson: '{{name}} is geen geldige JSON.',
  forbiddenKey: '{{name}} bevat een verboden veld ({{key}}) en wordt geweigerd.',
  nestedTooDeep: '{{name}} is dieper genest dan {{max}} niveaus.',
  stringTooLong: '{{name}} bevat een tekst van meer dan {{max, number}} tekens.',
  bundleNotOurs: '{{name}} is geen Wijkgeheugen-bundel.',
  bundleVersion: '{{name}}: deze bundelversie wordt niet ondersteund (verwacht: 1).',
  bundleNotAList: '{{name}} wordt geweigerd: {{path}} moet een lijst zijn.',
  bundleUnknownField: '{{name}} wordt geweigerd: onbekend veld {{path}}.',
  bundleFieldMissing: '{{name}} wordt geweigerd: {{path}} ontbreekt.',
  bundleTooManyItems: '{{name}} wordt geweigerd: meer dan {{max, number}} items in {{path}}.',
  bundleItemInvalid: '{{name}} wordt geweigerd: {{path}} is ongeldig.',
  archiveNotBundle: '{{name}} bevat geen {{entry}}; het is geen Wijkgeheugen-bundel.',
  originalDamaged: '{{name}}: het origineel {{original}} is beschadigd of veranderd (de SHA-256 klopt niet); er is niets ingelezen.',
  quoteSourceMissing: 'Citaat {{id}} verwijst naar een bron die niet in de bundel of de bibliotheek staat.',
  // REFI-QDA
  refiExtension: '{{name}}: alleen .qdpx (project) en .qdc (codeboek) zijn REFI-QDA-bestanden.',
  refiManyProjects: '{{name}} bevat meer dan één projectbestand (.qde); welk het project is, is niet te zeggen.',
  refiNoProject: '{{name}} bevat geen project.qde; het is geen REFI-QDA-project.',
  refiNotProject: '{{name}}: {{part}} is geen REFI-QDA-project (het hoofdelement is <{{root}}>, niet <Project>).',
  refiNotCodebook: '{{name}} is geen REFI-QDA-codeboek (het hoofdelement is <{{root}}>, niet <CodeBook>).',
  refiItemInvalid: '{{name}} wordt geweigerd: {{part}} {{index}} is ongeldig ({{path}}).',
  xmlDoctype: '{{name}} bevat een documenttypedefinitie (DOCTYPE/ENTITY); die wordt om veiligheidsredenen niet gelezen.',
  noXml: '{{name}} bevat geen XML.',
  tooManyElements: '{{name}} bevat meer dan {{max, number}} elementen.',
  projectPartTooLarge: '{{part}} in {{name}} is groter dan {{limitMb}} MB.',
  // The library and its backups
  notAFolder: '{{path}} is geen map. Kies een map voor de bibliotheek.',
  notALibrary: '{{path}} is geen Wijkgeheugen-bibliotheek (geen SQLite-bestand).',
  libraryTooNew: 'Deze bibliotheek is gemaakt met een nieuwere versie van Wijkgeheugen (schema {{version}}, deze versie kent {{known}}); werk de app bij.',
  libraryOpenElsewhere: 'De bibliotheek is nog geopend in een ander programma. Sluit dat eerst.',
  exampleNeedsEmpty: 'De voorbeeldbibliotheek kan alleen in een lege bibliotheek worden geladen.',
  backupMissing: 'Back-up {{file}} bestaat niet.',
  backupTooLarge: 'Deze back-up is te groot.',
  chooseListedBackup: 'Kies een back-up uit de lijst.',
  notABackup: '{{name}} is geen Wijkgeheugen-back-up.',
  backupManifestTooLarge: 'Het beschrijvingsbestand van de back-up is te groot.',
  backupUnexpectedFile: 'De back-up bevat een onverwacht bestand: {{part}}.',
  backupOriginalDamaged: 'Origineel {{part}}… in de back-up is beschadigd.',
  backupNoDatabase: 'De back-up bevat geen database.',
  backupDatabaseUnreadable: 'De database in de back-up kan niet worden gelezen.',
  backupDatabaseDamaged: 'De database in de back-up is beschadigd.',
  backupTooNew: 'Deze back-up komt uit een nieuwere versie van Wijkgeheugen; werk de app bij.',
  restoreJournalUnreadable: 'Een onderbroken terugzetting kan niet worden afgemaakt: het logboek is onleesbaar.',
  restoreIncomplete: 'Een onderbroken terugzetting kan niet worden afgemaakt. De bibliotheek van vóór het terugzetten staat in {{keptAs}}; zet die terug.',
  // The process that keeps the library (the app's utility process)
  hostStoppedUnexpectedly: 'De verwerking van de bibliotheek stopte onverwacht; de laatste handeling is niet opgeslagen.',
  hostRestarting: 'De verwerking van de bibliotheek start opnieuw; probeer het zo nog eens.',
  hostKeepsStopping: 'De verwerking van de bibliotheek stopt steeds; start Wijkgeheugen opnieuw.',
  hostNotOpen: 'De bibliotheek is niet geopend.',
  hostFailedToStart: 'De bibliotheek kon niet worden geopend.',
  foreignPage: 'Verzoek van een onbekende pagina geweigerd.',
  // Browser mode's server
  serverToken: 'Ontbrekende of onjuiste toegangssleutel; open het adres dat de server toonde.',
  serverForeignSite: 'Verzoek van een andere site geweigerd.',
  serverForeignHost: 'Onbekende Host-header geweigerd.',
  serverMethod: 'Gebruik {{method}}.',
  serverJsonOnly: 'Verwacht application/json.',
  serverTooLarge: 'Het verzoek is te groot.',
  serverBadJson: 'Het verzoek is geen geldige JSON.',
  serverBadChannel: 'Ongeldig kanaal in het adres.',
  exportGone: 'Deze export bestaat niet (meer); exporteer opnieuw.',
  serverStatus: 'De server antwoordde met {{status}}.',
  // Team library
  teamNotConnected: 'Deze bibliotheek is nog niet met een team verbonden.',
  teamPasswordNeeded: 'Voer het wachtwoord van de teamserver in om te synchroniseren.',
  teamUnreachable: 'De teamserver {{server}} is niet bereikbaar. Je werkt gewoon verder; je wijzigingen gaan mee bij de volgende synchronisatie.',
  teamAuth: 'De teamserver {{server}} weigert deze rol of dit wachtwoord.',
  teamLibraryMissing: 'Op deze server staat nog geen teambibliotheek; de beheerder maakt die met "team init".',
  teamSchemaNewer: 'De teambibliotheek is van een nieuwere versie van Wijkgeheugen (schema {{version}}, deze versie kent {{known}}). Werk de app bij om te synchroniseren; je eigen werk blijft bewaard.',
  teamSchemaOlder: 'De teambibliotheek heeft een ouder schema ({{version}}); de beheerder werkt het bij met "team init".',
  teamMissing: 'Er is geen team "{{team}}" waar deze rol lid van is.',
  teamRoleName: '"{{role}}" is geen geldige PostgreSQL-rolnaam (kleine letters, cijfers, _).',
  teamRoleMissing: "Rol {{role}} bestaat niet; maak hem eerst: CREATE ROLE {{role}} LOGIN PASSWORD '…';",
  teamItemInvalid: 'Een item ({{kind}}) van de teamserver is ongeldig; de synchronisatie stopt zonder iets te wijzigen.',
  conflictMissing: 'Dit conflict bestaat niet (meer).',
  // Large files sent in parts
  uploadMissing: 'Deze upload bestaat niet (meer): de app is herstart, of hij is al ingelezen; stuur het bestand opnieuw.',
  uploadTooLarge: 'Het bestand is groter dan {{limitGb}} GB en wordt niet aangenomen.',
} as const;

export type ErrorReason = keyof typeof REASONS_NL;
export const ERROR_REASONS = Object.keys(REASONS_NL) as ErrorReason[];
export type ReasonParams = Record<string, string | number>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/** The placeholders of a wording, sorted: en and nl must name the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** Core's Dutch sentence for a reason; the window words the same key with i18next. */
export function wordReasonNl(key: ErrorReason, params: ReasonParams = {}): string {
  return fillTemplate(REASONS_NL[key], params);
}

/** A wording with its placeholders filled the way i18next fills them in the window (numbers in Dutch). */
export function fillTemplate(template: string, params: ReasonParams = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return `{{${name}}}`;
    return format === 'number' && typeof value === 'number' ? value.toLocaleString('nl-NL') : String(value);
  });
}
