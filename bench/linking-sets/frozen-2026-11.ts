import type { LabelledSet } from '../linking-replay';

/**
 * The scored split, written on 2026-11-29 after the linking method was frozen (weights,
 * threshold, text features; commit "Linking v2 frozen"), and not used to change it since.
 * Another style than the development split: newspaper reporting, council letters, evaluation
 * reports and minutes, 1998–2025, in their own vocabulary. Lessons are as a researcher starts
 * them: a title and one alias, no summary. Fictional, but written as such texts are written.
 */
export const FROZEN_SET: LabelledSet = {
  name: 'frozen split (written after the method froze)',
  lessons: [
    { id: 'mensen', title: 'Investeer in mensen, niet alleen in stenen', aliases: ['Sociale investering naast fysieke'] },
    { id: 'ruimte', title: 'Geef de professional ruimte', aliases: ['Vertrouw op vakmanschap'] },
    { id: 'eigen-kracht', title: 'Begin bij wat bewoners zelf al doen', aliases: ['Bouw voort op eigen kracht'] },
    { id: 'gezicht', title: 'Eén vast gezicht in de wijk', aliases: ['Vaste contactpersonen'] },
    { id: 'experimenteren', title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] },
    { id: 'lange-termijn', title: 'Kies voor de lange termijn', aliases: ['Langere adem'] },
    { id: 'budget', title: 'Eén budget per wijk', aliases: ['Ontschot de geldstromen'] },
    { id: 'meten', title: 'Meet wat ertoe doet', aliases: ['Goede monitoring'] },
  ],
  items: [
    // Investeer in mensen, niet alleen in stenen
    { date: '1999-03', lessonId: 'mensen', text: 'De nieuwbouw aan de Hof staat er prachtig bij, maar de werkloosheid onder jongeren is sinds de sloop niet gedaald.' },
    { date: '2004-10', lessonId: 'mensen', text: 'Volgens de evaluatie ging ruim negentig procent van het herstructureringsgeld naar woningen en openbare ruimte, tegen een fractie voor onderwijs en werk.' },
    { date: '2009-06', lessonId: 'mensen', text: 'Een opgeknapte gevel verandert niets aan een gezin met schulden achter die gevel.' },
    { date: '2013-02', lessonId: 'mensen', text: 'De corporatie heeft de stenen op orde; nu moet de gemeente de sociale kant oppakken, schrijft de commissie.' },
    { date: '2019-09', lessonId: 'mensen', text: 'Wie alleen in bakstenen investeert, ziet de problemen gewoon een paar straten verderop terugkomen.' },
    { date: '2024-04', lessonId: 'mensen', text: 'Het college kiest ervoor de sociale investeringen in taal, schuldhulp en werk even zwaar te laten wegen als de bouwopgave.' },
    // Geef de professional ruimte
    { date: '2001-05', lessonId: 'ruimte', text: 'De wijkverpleegkundige moest voor elke extra huisbezoek toestemming vragen aan een afdeling die de bewoner nooit had gezien.' },
    { date: '2007-11', lessonId: 'ruimte', text: 'Frontlijnwerkers kregen in het Rotterdamse experiment een eigen budget en mochten zelf beslissen wat een gezin nodig had.' },
    { date: '2012-01', lessonId: 'ruimte', text: 'Het vakmanschap van de uitvoerders verdwijnt onder een stapel verantwoordingsformulieren.' },
    { date: '2016-08', lessonId: 'ruimte', text: 'Laat de wijkagent en de jongerenwerker samen bepalen wat er moet gebeuren, zonder eerst drie overleggen af te wachten.' },
    { date: '2021-03', lessonId: 'ruimte', text: 'De inspectie stelt vast dat medewerkers die mochten afwijken van het protocol betere resultaten boekten bij multiprobleemgezinnen.' },
    { date: '2025-01', lessonId: 'ruimte', text: 'Geef de mensen in de uitvoering het mandaat om door te pakken; zij kennen de straat.' },
    // Begin bij wat bewoners zelf al doen
    { date: '1998-06', lessonId: 'eigen-kracht', text: 'In de Schilderswijk draaiden de moeders al jaren een huiswerkklas voordat de gemeente er een programma van maakte.' },
    { date: '2005-04', lessonId: 'eigen-kracht', text: 'Het buurthuis is door vrijwilligers opengehouden toen de subsidie stopte; daar had het beleid op moeten aansluiten.' },
    { date: '2010-10', lessonId: 'eigen-kracht', text: 'Zoek eerst uit welke initiatieven er al zijn, in plaats van met een eigen plan de wijk in te lopen.' },
    { date: '2014-07', lessonId: 'eigen-kracht', text: 'De raad vraagt het college de zelforganisaties van bewoners te ondersteunen in plaats van ze te vervangen door professionele instellingen.' },
    { date: '2018-12', lessonId: 'eigen-kracht', text: 'Bewoners die zelf de speeltuin beheren, voelen zich er ook verantwoordelijk voor.' },
    { date: '2023-05', lessonId: 'eigen-kracht', text: 'De kracht zit in de netwerken die er al zijn: de moskee, de sportclub, de vrouwengroep op dinsdag.' },
    // Eén vast gezicht in de wijk
    { date: '2000-02', lessonId: 'gezicht', text: 'Bewoners weten niet meer wie ze moeten bellen, want de opbouwwerker is in twee jaar vier keer vervangen.' },
    { date: '2006-09', lessonId: 'gezicht', text: 'De wijkconciërge is voor veel huurders het enige aanspreekpunt dat ze bij naam kennen.' },
    { date: '2011-04', lessonId: 'gezicht', text: 'Door het verloop onder het personeel moest het vertrouwen telkens opnieuw worden opgebouwd.' },
    { date: '2015-11', lessonId: 'gezicht', text: 'Eén contactpersoon per gezin, die blijft zolang het nodig is: dat was de kern van de aanpak.' },
    { date: '2020-06', lessonId: 'gezicht', text: 'De buurtregisseur loopt al twaalf jaar door dezelfde straten en kent iedere portiek.' },
    { date: '2024-10', lessonId: 'gezicht', text: 'Steeds andere hulpverleners aan de keukentafel: het gezin haakte af.' },
    // Stop met experimenteren
    { date: '1999-11', lessonId: 'experimenteren', text: 'Na afloop van het proefproject verdween het spreekuur weer, hoewel iedereen het succesvol vond.' },
    { date: '2003-03', lessonId: 'experimenteren', text: 'De wijk is een laboratorium geworden waar elk ministerie zijn eigen proef uitvoert.' },
    { date: '2008-05', lessonId: 'experimenteren', text: 'Het rapport telt in tien jaar zesenveertig tijdelijke projecten, waarvan er drie zijn voortgezet.' },
    { date: '2013-09', lessonId: 'experimenteren', text: 'Bewoners zijn proefkonijn-moe: alweer een nieuwe aanpak die na een jaar stopt.' },
    { date: '2017-02', lessonId: 'experimenteren', text: 'Wat bewezen werkt, hoort in de reguliere begroting en niet in een innovatiefonds.' },
    { date: '2022-08', lessonId: 'experimenteren', text: 'We hoeven het wiel niet opnieuw uit te vinden; de kennis ligt al twintig jaar op de plank.' },
    // Kies voor de lange termijn
    { date: '1998-09', lessonId: 'lange-termijn', text: 'De stadsvernieuwing van de jaren zeventig liet zien dat een buurt pas na een generatie echt verandert.' },
    { date: '2004-01', lessonId: 'lange-termijn', text: 'Het ministerie wil binnen vier jaar resultaat zien, terwijl de problemen decennia oud zijn.' },
    { date: '2009-12', lessonId: 'lange-termijn', text: 'Zodra de wethouder wisselt, wisselen ook de prioriteiten, en begint de wijk weer van voren af aan.' },
    { date: '2014-03', lessonId: 'lange-termijn', text: 'Het Nationaal Programma loopt twintig jaar, langer dan welk kabinet ook zal zitten.' },
    { date: '2019-04', lessonId: 'lange-termijn', text: 'Een marathon, geen sprint: zo omschreef de directeur het werk in Noord.' },
    { date: '2023-11', lessonId: 'lange-termijn', text: 'Afspraken over de inzet van partners zijn vastgelegd tot 2040, los van verkiezingen.' },
    // Eén budget per wijk
    { date: '2001-10', lessonId: 'budget', text: 'Voor één gezin liepen vier subsidieregelingen met elk een eigen aanvraag en verantwoording.' },
    { date: '2006-03', lessonId: 'budget', text: 'De schotten tussen de budgetten van welzijn, zorg en wonen maakten samenwerking duur.' },
    { date: '2011-09', lessonId: 'budget', text: 'De wethouder pleit voor een wijkbudget waaruit alle partners putten, met één verantwoording achteraf.' },
    { date: '2016-01', lessonId: 'budget', text: 'Geld voor jeugd mocht niet worden ingezet voor de ouders, ook al lag daar de oorzaak.' },
    { date: '2020-10', lessonId: 'budget', text: 'Bundel de geldstromen van rijk, gemeente en corporaties in één wijkfonds.' },
    { date: '2025-03', lessonId: 'budget', text: 'Door de verkokering in financiering kon niemand de rekening van de integrale aanpak betalen.' },
    // Meet wat ertoe doet
    { date: '2002-07', lessonId: 'meten', text: 'Het aantal georganiseerde bijeenkomsten zegt niets over de vraag of mensen zich veiliger voelen.' },
    { date: '2007-02', lessonId: 'meten', text: 'De monitor telde uitgevoerde activiteiten, niet wat die voor de bewoners hadden opgeleverd.' },
    { date: '2012-06', lessonId: 'meten', text: 'Zonder een nulmeting aan het begin kon de rekenkamer niet vaststellen of de aanpak effect had.' },
    { date: '2017-10', lessonId: 'meten', text: 'De wijkscan combineert cijfers over schulden, schooluitval en gezondheid met gesprekken in de straat.' },
    { date: '2021-12', lessonId: 'meten', text: 'Indicatoren moeten gaan over de leefsituatie van mensen, niet over de productie van organisaties.' },
    { date: '2024-06', lessonId: 'meten', text: 'Houd bij wat er verandert in het leven van bewoners, en stuur daarop bij.' },
    // Unlinked statements, as any library has them.
    { date: '2005-08', lessonId: null, text: 'De vergadering werd om half tien gesloten na een rondvraag over parkeerplaatsen.' },
    { date: '2015-05', lessonId: null, text: 'De brug over het kanaal wordt in het najaar vervangen.' },
  ],
};
