import { pick, seededRandom } from './random';

/**
 * Synthetic Dutch-like text for benchmarks: real words of the domain, real function words,
 * compounds made from real roots (wijk + aanpak), words with diacritics, and made-up words from
 * Dutch syllables so that the vocabulary grows with the library as real interview text does.
 */

export const FUNCTION_WORDS = 'de het een en van in op met voor dat die niet is zijn we je ze er maar ook als bij naar om dan nog wel te aan door over uit al wat hoe waar wie moet kan wil gaan'.split(' ');

export const DOMAIN_WORDS = [
  'wijk', 'buurt', 'bewoners', 'gemeente', 'corporatie', 'corporaties', 'woningcorporatie', 'wethouder', 'ambtenaar', 'wijkregisseur',
  'opbouwwerker', 'welzijn', 'zorg', 'politie', 'school', 'onderwijs', 'werk', 'armoede', 'schulden', 'veiligheid', 'leefbaarheid',
  'vertrouwen', 'samenwerking', 'experimenteren', 'experiment', 'pilots', 'project', 'projecten', 'programma', 'structureel', 'lange',
  'termijn', 'geld', 'budget', 'financiering', 'financiën', 'coördinatie', 'regie', 'netwerk', 'partners', 'integraal', 'aanpak',
  'wijkaanpak', 'krachtwijken', 'vogelaarwijken', 'aandachtswijken', 'herstructurering', 'sloop', 'nieuwbouw', 'renovatie', 'huurders',
  'eigenaren', 'portiek', 'straat', 'plein', 'speeltuin', 'jongeren', 'ouderen', 'gezinnen', 'kinderen', 'taal', 'inburgering',
  'participatie', 'zeggenschap', 'bewonersinitiatief', 'buurthuis', 'vrijwilligers', 'professionals', 'bureaucratie', 'regels', 'ruimte',
  'maatwerk', 'continuïteit', 'volhouden', 'geduld', 'resultaat', 'resultaten', 'meten', 'monitor', 'evaluatie', 'onderzoek', 'kennis',
  'lessen', 'geleerd', 'vergeten', 'herhalen', 'beleid', 'rijk', 'ministerie', 'provincie', 'stadsdeel', 'rotterdam', 'amsterdam',
  'utrecht', 'den', 'haag', 'eindhoven', 'groningen', 'transvaal', 'schilderswijk', 'overvecht', 'kanaleneiland', 'bijlmer', 'zuid',
  'noord', 'oost', 'west', 'centrum', 'ideeën', 'reünie', 'privé', 'één', 'café', 'collegeperiode', 'verkiezingen', 'coalitie',
];

const ROOTS = ['wijk', 'buurt', 'woon', 'werk', 'zorg', 'school', 'straat', 'stad', 'huur', 'jeugd', 'geld', 'plan', 'team', 'huis', 'veilig', 'samen'];
const TAILS = ['aanpak', 'beleid', 'team', 'netwerk', 'agenda', 'budget', 'fonds', 'regie', 'werker', 'overleg', 'visie', 'plan', 'centrum', 'programma', 'coach'];
const SYLLABLES = ['ver', 'be', 'ge', 'ont', 'aan', 'over', 'door', 'stel', 'ling', 'heid', 'baar', 'lijk', 'ig', 'en', 'er', 'te', 'wa', 'mo', 'ri', 'ka', 'lo', 'de', 'sta', 'pen', 'kom', 'ter', 'uit', 'in'];

export interface DutchLikeText {
  sentence(words: number): string;
  random: () => number;
}

export function dutchLike(seed: number, inventedWords: number): DutchLikeText {
  const random = seededRandom(seed);
  const compounds = ROOTS.flatMap((r) => TAILS.map((t) => r + t));
  const invented = Array.from({ length: inventedWords }, () => {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(random, SYLLABLES);
    return w;
  });
  const word = () => {
    const r = random();
    if (r < 0.42) return pick(random, FUNCTION_WORDS);
    if (r < 0.72) return pick(random, DOMAIN_WORDS);
    if (r < 0.8) return pick(random, compounds);
    // Zipf-like use of invented words: a few common, many rare.
    return invented[Math.floor(invented.length * random() ** 2.2)] ?? 'iets';
  };
  return {
    random,
    sentence(count) {
      const out: string[] = [];
      for (let i = 0; i < count; i++) out.push(word());
      const text = out.join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
  };
}
