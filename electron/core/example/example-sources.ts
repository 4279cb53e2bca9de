import type { SourceKind } from '../../../shared/api/sources';

/** The sources of the example library, 1998–2025; their texts are composed from the quotes. */
export interface ExampleSource {
  title: string;
  kind: SourceKind;
  outlet: string;
  date: string;
  /** Who speaks in it (people keys); quotes are spread over them. */
  speakers: string[];
  author?: string;
  tags: string[];
  intro: string;
}

export const SOURCES: ExampleSource[] = [
  { title: 'Gesprek met Anna de Wit over de eerste wijkaanpak op Zuid', kind: 'interview', outlet: 'Eigen archief', date: '1998-11-12', speakers: ['anna'], tags: ['rotterdam-zuid', 'gsb', 'p1998', 'thema-bestuur'], intro: 'Interview in het wijkkantoor aan de Putselaan, kort na de start van het Grotestedenbeleid.' },
  { title: 'De wijk is geen proeftuin', kind: 'article', outlet: 'Stadsblad', date: '1999-06', author: 'pieter', speakers: ['bram', 'linda'], tags: ['transvaal', 'selwerd', 'gsb', 'p1998'], intro: 'Twee mensen die elke dag in de wijk staan, over de stroom aan projecten die over hun buurten wordt uitgestort.' },
  { title: 'Tussenevaluatie Grotestedenbeleid: de wijken', kind: 'report', outlet: 'Kenniscentrum Stedelijke Vernieuwing', date: '2001', author: 'dewi', speakers: ['dewi'], tags: ['utrecht', 'gsb', 'p1998', 'thema-bestuur'], intro: 'Deze tussenevaluatie bundelt wat gemeenten, corporaties en bewoners in de eerste jaren van het Grotestedenbeleid leerden.' },
  { title: 'Verslag bewonersavond Overvecht', kind: 'meeting', outlet: 'Bewonersraad Overvecht', date: '2003-09-24', speakers: ['fatima', 'erik'], tags: ['overvecht', 'gsb', 'p1998', 'thema-wonen'], intro: 'Bewonersavond in het buurthuis over de plannen voor de flats aan de Zambesidreef. Ongeveer zestig aanwezigen.' },
  { title: 'Interview met Joyce Mensah, wijkagent in Nieuw-West', kind: 'interview', outlet: 'Eigen archief', date: '2005-05-18', speakers: ['joyce'], tags: ['nieuw-west', 'gsb', 'p1998', 'thema-veiligheid'], intro: 'Gesprek op het bureau aan de Meer en Vaart.' },
  { title: 'Cees Hoekstra over de start van de krachtwijken', kind: 'interview', outlet: 'Eigen archief', date: '2007-10-03', speakers: ['cees'], tags: ['selwerd', 'krachtwijken', 'p2007', 'thema-bestuur'], intro: 'De wethouder een half jaar nadat Selwerd op de lijst van veertig wijken kwam.' },
  { title: 'Rondetafelgesprek krachtwijken Den Haag', kind: 'transcript', outlet: 'Eigen opname', date: '2008-04-15', speakers: ['bram', 'yusuf', 'hans'], tags: ['schilderswijk', 'transvaal', 'krachtwijken', 'p2007'], intro: 'Transcript van een rondetafelgesprek in de Schilderswijk.' },
  { title: 'Evaluatie van de krachtwijkenaanpak', kind: 'report', outlet: 'Kenniscentrum Stedelijke Vernieuwing', date: '2010-12', author: 'dewi', speakers: ['dewi'], tags: ['krachtwijken', 'p2007', 'thema-bestuur'], intro: 'Eindrapport van de evaluatie in opdracht van het ministerie, op basis van gesprekken in tien van de veertig wijken.' },
  { title: 'Erik van Dam: ‘Stenen alleen lossen niets op’', kind: 'interview', outlet: 'Vakblad Wonen', date: '2012-02-09', speakers: ['erik'], tags: ['rotterdam-zuid', 'npzr', 'p2012', 'thema-wonen'], intro: 'De corporatiedirecteur over twintig jaar herstructurering op Zuid.' },
  { title: 'Marieke Bos over de brede school in Woensel-West', kind: 'interview', outlet: 'Eigen archief', date: '2014-09-30', speakers: ['marieke'], tags: ['woensel', 'p2012', 'thema-onderwijs'], intro: 'Gesprek in de lerarenkamer van De Schakel.' },
  { title: 'Vier jaar Nationaal Programma Zuid', kind: 'transcript', outlet: 'Eigen opname', date: '2016-06-21', speakers: ['anna', 'erik'], tags: ['rotterdam-zuid', 'npzr', 'p2012'], intro: 'Transcript van een gesprek met de programmamanager en een corporatiedirecteur.' },
  { title: 'Twintig jaar wijkaanpak: wat hebben we geleerd?', kind: 'article', outlet: 'Stadsblad', date: '2019-11-02', author: 'pieter', speakers: ['hans', 'linda'], tags: ['p2012', 'thema-bestuur'], intro: 'Een ambtenaar en een wijkverpleegkundige kijken terug op twee decennia wijkbeleid.' },
  { title: 'Werkconferentie Leefbaarheid en Veiligheid', kind: 'meeting', outlet: 'Ministerie van BZK', date: '2022-05-17', speakers: ['hans', 'joyce', 'fatima'], tags: ['nplv', 'p2020', 'thema-veiligheid'], intro: 'Verslag van de werkconferentie bij de start van het Nationaal Programma Leefbaarheid en Veiligheid.' },
  { title: 'Yusuf Demir: ‘Houd de jongerenwerkers in de wijk’', kind: 'interview', outlet: 'Eigen archief', date: '2024-03-06', speakers: ['yusuf'], tags: ['schilderswijk', 'nplv', 'p2020'], intro: 'Gesprek in het jongerencentrum aan de Hoefkade.' },
  { title: 'Verkenning: wat werkt in aandachtswijken', kind: 'report', outlet: 'Kenniscentrum Stedelijke Vernieuwing', date: '2025-09', author: 'dewi', speakers: ['dewi', 'marieke'], tags: ['nplv', 'p2020', 'thema-onderwijs'], intro: 'Een verkenning van vijfentwintig jaar wijkaanpak, met de lessen die steeds terugkomen.' },
];

/** Statements that qualify or contradict a lesson: the evidence is not all one way. */
export const COUNTER_VOICES: { lesson: string; stance: 'nuances' | 'challenges'; text: string }[] = [
  { lesson: 'experimenteren', stance: 'nuances', text: 'Zonder proeftuinen hadden we nooit geleerd wat werkt; experimenteren is niet het probleem, het stoppen ermee wel.' },
  { lesson: 'bewoners', stance: 'nuances', text: 'Bewoners aan het stuur klinkt mooi, maar de mondigste bewoners zijn niet altijd de stem van de wijk.' },
  { lesson: 'veiligheid', stance: 'challenges', text: 'Alleen maar handhaven maakt jongeren vijandig; veiligheid zonder perspectief houdt geen stand.' },
  { lesson: 'meten', stance: 'nuances', text: 'Je kunt niet alles meten wat ertoe doet; vertrouwen zie je niet terug in een monitor.' },
  { lesson: 'lange-termijn', stance: 'nuances', text: 'De lange termijn is geen excuus om nu niets te laten zien; bewoners willen ook snel resultaat.' },
  { lesson: 'regisseur', stance: 'challenges', text: 'Eén regisseur wordt al snel een extra bestuurslaag; het gaat om samenwerken, niet om een nieuwe baas.' },
];

export const QUESTIONS = [
  'Wat is u het meest bijgebleven?',
  'Wat zou u een nieuwe wethouder meegeven?',
  'Waar ging het mis?',
  'En wat werkte wel?',
  'Hoe keken de bewoners ertegenaan?',
  'Wat zou u nu anders doen?',
  'Herkent u dat van eerder?',
  'Wat moet het Rijk daarvan leren?',
];
