import type { Facet } from '../../../shared/api/tags';
import type { PersonRole } from '../../../shared/api/people';

/**
 * The people of the example library. All fictional: any likeness to real people is accidental.
 * The cities, neighbourhoods and programmes are real; the wijkaanpak they describe is too.
 */
export interface ExamplePerson {
  key: string;
  name: string;
  roles: PersonRole[];
  summary: string;
  consent?: 'name' | 'pseudonym' | 'omit';
  pseudonym?: string;
}

export const PEOPLE: ExamplePerson[] = [
  { key: 'anna', name: 'Anna de Wit', summary: 'Begon als wijkregisseur op Zuid, later programmamanager. Kent de wijkaanpak van binnenuit.', roles: [
    { role: 'wijkregisseur', organisation: 'Gemeente Rotterdam', place: 'Rotterdam-Zuid', from: '1998', to: '2008' },
    { role: 'programmamanager', organisation: 'Nationaal Programma Rotterdam Zuid', place: 'Rotterdam-Zuid', from: '2012', to: '2021' },
  ] },
  { key: 'bram', name: 'Bram Koster', summary: 'Opbouwwerker die dertig jaar in dezelfde Haagse wijken werkte.', roles: [
    { role: 'opbouwwerker', organisation: 'Welzijn Den Haag', place: 'Den Haag Transvaal', from: '1996', to: '2024' },
  ] },
  { key: 'fatima', name: 'Fatima El Amrani', summary: 'Bewoner van Overvecht; voorzitter van de bewonersraad.', consent: 'pseudonym', pseudonym: 'Bewoner Overvecht', roles: [
    { role: 'voorzitter bewonersraad', organisation: 'Bewonersraad Overvecht', place: 'Utrecht Overvecht', from: '2005', to: null },
  ] },
  { key: 'cees', name: 'Cees Hoekstra', summary: 'Wethouder wonen en wijken in Groningen tijdens de krachtwijken.', roles: [
    { role: 'wethouder wonen en wijken', organisation: 'Gemeente Groningen', place: 'Groningen', from: '2006', to: '2010' },
  ] },
  { key: 'dewi', name: 'Dewi Santoso', summary: 'Onderzoeker die de wijkaanpak sinds de jaren negentig volgt en evalueert.', roles: [
    { role: 'onderzoeker', organisation: 'Kenniscentrum Stedelijke Vernieuwing', place: 'Utrecht', from: '1999', to: null },
  ] },
  { key: 'erik', name: 'Erik van Dam', summary: 'Directeur van een woningcorporatie met veel bezit in aandachtswijken.', roles: [
    { role: 'directeur', organisation: 'Woonstichting Maasoever', place: 'Rotterdam', from: '2003', to: '2019' },
  ] },
  { key: 'joyce', name: 'Joyce Mensah', summary: 'Wijkagent in Nieuw-West, later teamchef.', roles: [
    { role: 'wijkagent', organisation: 'Politie Amsterdam', place: 'Amsterdam Nieuw-West', from: '2001', to: '2013' },
    { role: 'teamchef', organisation: 'Politie Amsterdam', place: 'Amsterdam Nieuw-West', from: '2013', to: null },
  ] },
  { key: 'hans', name: 'Hans Verbeek', summary: 'Beleidsambtenaar bij het Rijk; schreef mee aan drie wijkprogramma’s.', roles: [
    { role: 'beleidsadviseur wijkaanpak', organisation: 'Ministerie van VROM', place: 'Den Haag', from: '2000', to: '2010' },
    { role: 'programmadirecteur', organisation: 'Ministerie van BZK', place: 'Den Haag', from: '2011', to: '2025' },
  ] },
  { key: 'marieke', name: 'Marieke Bos', summary: 'Directeur van een brede school in Woensel-West.', roles: [
    { role: 'schooldirecteur', organisation: 'Brede school De Schakel', place: 'Eindhoven Woensel-West', from: '2004', to: null },
  ] },
  { key: 'yusuf', name: 'Yusuf Demir', summary: 'Jongerenwerker in de Schilderswijk.', roles: [
    { role: 'jongerenwerker', organisation: 'Jongerenwerk Centrum', place: 'Den Haag Schilderswijk', from: '2008', to: null },
  ] },
  { key: 'linda', name: 'Linda Smit', summary: 'Wijkverpleegkundige in Selwerd sinds eind jaren negentig.', roles: [
    { role: 'wijkverpleegkundige', organisation: 'Thuiszorg Noord', place: 'Groningen Selwerd', from: '1997', to: null },
  ] },
  { key: 'pieter', name: 'Pieter de Graaf', summary: 'Journalist die over stedelijke vernieuwing schrijft.', roles: [
    { role: 'journalist', organisation: 'Stadsblad', place: '', from: '1998', to: null },
  ] },
];

export interface ExampleTag {
  key: string;
  name: string;
  facet: Facet;
  parent?: string;
}

export const TAGS: ExampleTag[] = [
  { key: 'rotterdam', name: 'Rotterdam', facet: 'place' },
  { key: 'rotterdam-zuid', name: 'Rotterdam-Zuid', facet: 'place', parent: 'rotterdam' },
  { key: 'den-haag', name: 'Den Haag', facet: 'place' },
  { key: 'transvaal', name: 'Transvaal', facet: 'place', parent: 'den-haag' },
  { key: 'schilderswijk', name: 'Schilderswijk', facet: 'place', parent: 'den-haag' },
  { key: 'utrecht', name: 'Utrecht', facet: 'place' },
  { key: 'overvecht', name: 'Overvecht', facet: 'place', parent: 'utrecht' },
  { key: 'amsterdam', name: 'Amsterdam', facet: 'place' },
  { key: 'nieuw-west', name: 'Nieuw-West', facet: 'place', parent: 'amsterdam' },
  { key: 'groningen', name: 'Groningen', facet: 'place' },
  { key: 'selwerd', name: 'Selwerd', facet: 'place', parent: 'groningen' },
  { key: 'eindhoven', name: 'Eindhoven', facet: 'place' },
  { key: 'woensel', name: 'Woensel-West', facet: 'place', parent: 'eindhoven' },
  { key: 'gsb', name: 'Grotestedenbeleid', facet: 'programme' },
  { key: 'krachtwijken', name: 'Krachtwijken (Vogelaarwijken)', facet: 'programme' },
  { key: 'npzr', name: 'Nationaal Programma Rotterdam Zuid', facet: 'programme' },
  { key: 'nplv', name: 'Nationaal Programma Leefbaarheid en Veiligheid', facet: 'programme' },
  { key: 'p1998', name: '1998–2006: stedelijke vernieuwing', facet: 'period' },
  { key: 'p2007', name: '2007–2011: krachtwijken', facet: 'period' },
  { key: 'p2012', name: '2012–2019: decentralisaties', facet: 'period' },
  { key: 'p2020', name: '2020–2025: leefbaarheid en veiligheid', facet: 'period' },
  { key: 'thema-wonen', name: 'Wonen', facet: 'theme' },
  { key: 'thema-veiligheid', name: 'Veiligheid', facet: 'theme' },
  { key: 'thema-onderwijs', name: 'Onderwijs', facet: 'theme' },
  { key: 'thema-bestuur', name: 'Bestuur en geld', facet: 'theme' },
];
