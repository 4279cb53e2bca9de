/**
 * Concept groups of the Dutch neighbourhood-policy domain. Paraphrases of a lesson often share
 * no words ("overlast" and "veiligheid", "formulieren" and "bureaucratie"); a word in a group also
 * counts as its concept, so such statements meet. Written from general knowledge of the field,
 * not from any one text; compounds match on their last part ("drugsoverlast" -> "overlast").
 * Extend it as the library teaches new words; it is a plain list on purpose.
 */
export const CONCEPTS: Record<string, readonly string[]> = {
  veiligheid: ['veiligheid', 'veilig', 'onveilig', 'onveiligheid', 'criminaliteit', 'crimineel', 'overlast', 'drugs', 'dealen', 'dealers', 'politie', 'wijkagent', 'handhaving', 'handhavers', 'boa', 'inbraak', 'geweld', 'rust', 'angst', 'bang', 'vandalisme', 'ondermijning', 'jeugdoverlast', 'cameratoezicht'],
  verloedering: ['verloedering', 'zwerfvuil', 'vuil', 'graffiti', 'kapot', 'verwaarlozing', 'schoon', 'heel', 'onderhoud', 'lantaarn', 'verlichting', 'rommel', 'afval'],
  vertrouwen: ['vertrouwen', 'wantrouwen', 'geloofwaardigheid', 'geloofwaardig', 'geloven', 'beloftes', 'belofte', 'nakomen', 'relatie', 'band', 'contact', 'aanwezigheid', 'teleurstelling', 'teleurgesteld', 'respect'],
  bewonersinvloed: ['zeggenschap', 'participatie', 'inspraak', 'meebeslissen', 'meedoen', 'bewonersraad', 'bewonersinitiatief', 'buurtbudget', 'initiatief', 'eigenaarschap', 'invloed', 'beslissen', 'inwoners', 'bewoners', 'burgers', 'zelfbeheer', 'buurtrecht'],
  regie: ['regie', 'regisseur', 'wijkregisseur', 'wijkmanager', 'coordinatie', 'coordinator', 'aanspreekpunt', 'mandaat', 'doorzettingsmacht', 'versnippering', 'instanties', 'organisaties', 'loketten', 'afstemming', 'samenwerking', 'ketenpartners', 'knopen'],
  financiering: ['geld', 'budget', 'budgetten', 'financiering', 'middelen', 'subsidie', 'subsidies', 'potjes', 'potje', 'geldstromen', 'begroting', 'investering', 'investeren', 'fondsen', 'euro', 'kokers', 'schotten', 'ontschotten', 'ontschot', 'verantwoording'],
  tijdelijkheid: ['pilot', 'pilots', 'proef', 'proeftuin', 'experiment', 'experimenten', 'experimenteren', 'project', 'projecten', 'projectencarrousel', 'tijdelijk', 'tijdelijke', 'uitproberen', 'proberen', 'incidenteel'],
  structureel: ['structureel', 'structurele', 'blijvend', 'vast', 'borgen', 'borging', 'inbedden', 'staand', 'duurzaam', 'bestendig'],
  langetermijn: ['termijn', 'jaren', 'decennia', 'decennium', 'generatie', 'volhouden', 'adem', 'lang', 'lange', 'collegeperiode', 'bestuursperiode', 'verkiezingen', 'geduld', 'continuiteit'],
  regels: ['regels', 'regel', 'procedures', 'procedure', 'protocol', 'protocollen', 'formulieren', 'formulier', 'bureaucratie', 'bureaucratisch', 'voorschriften', 'administratie', 'verantwoording', 'toestemming', 'handboek', 'standaardaanpak', 'papierwerk'],
  maatwerk: ['maatwerk', 'passend', 'passende', 'flexibel', 'ruimte', 'afwijken', 'eigen', 'oplossing', 'oplossingen', 'situatie', 'discretie', 'vrijheid'],
  meten: ['meten', 'meting', 'effectmeting', 'monitor', 'monitoring', 'cijfers', 'gegevens', 'data', 'indicatoren', 'indicator', 'evaluatie', 'evalueren', 'effecten', 'effect', 'resultaten', 'bijhouden', 'telden', 'tellen', 'output', 'outcome', 'leefbaarometer'],
  onderwijs: ['onderwijs', 'school', 'scholen', 'basisschool', 'brede', 'leerlingen', 'leraren', 'lesuren', 'taalachterstand', 'voorschoolse', 'educatie', 'kinderen', 'jeugd', 'jongeren', 'kleuters', 'opvoeding', 'ouders', 'kansengelijkheid'],
  fysiek: ['sloop', 'slopen', 'nieuwbouw', 'bouwen', 'renovatie', 'renoveren', 'opknappen', 'opgeknapt', 'herstructurering', 'woningen', 'flats', 'stenen', 'gevel', 'plein', 'openbare', 'fysiek', 'vastgoed'],
  sociaal: ['armoede', 'schulden', 'werkloosheid', 'werk', 'zorg', 'welzijn', 'gezinnen', 'gezin', 'achter', 'voordeur', 'sociaal', 'sociale', 'eenzaamheid', 'hulpverlening', 'uitkering'],
  professionals: ['professionals', 'professional', 'opbouwwerker', 'wijkwerkers', 'wijkwerker', 'hulpverleners', 'hulpverlener', 'ambtenaren', 'ambtenaar', 'personeel', 'medewerkers', 'wijkteam', 'sociaal', 'werkers'],
  continuiteit: ['verloop', 'wisselen', 'wisselingen', 'vertrokken', 'vertrekken', 'reorganisaties', 'reorganisatie', 'vaste', 'bekend', 'bekende', 'gezicht', 'gezichten', 'continuiteit', 'kennis', 'blijven'],
};

const normalizeWord = (word: string) => word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

const conceptsOf = new Map<string, string[]>();
for (const [concept, terms] of Object.entries(CONCEPTS)) {
  for (const term of terms) {
    const key = normalizeWord(term);
    conceptsOf.set(key, [...(conceptsOf.get(key) ?? []), concept]);
  }
}

/** The concepts of a normalised word: the word itself, or the last part of a compound (4+ letters). */
export function conceptsOfWord(word: string): readonly string[] {
  const direct = conceptsOf.get(word);
  if (direct) return direct;
  for (let cut = 1; word.length - cut >= 4; cut++) {
    const tail = conceptsOf.get(word.slice(cut));
    if (tail) return tail;
  }
  return [];
}
