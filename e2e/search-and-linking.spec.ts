import { api, quoteOf } from './api';
import { expect, test } from './fixtures';
import { selectInReader } from './reader';

test('typing with a typo and without accents finds the quote, and Enter opens it', async ({ page, app }) => {
  await quoteOf(app, 'Zonder coördinatie tussen de corporaties gebeurt er niets in de wijk.', { date: '2004' });
  await quoteOf(app, 'De speeltuin werd door bewoners zelf beheerd.', { date: '2012' });
  await page.goto(app.url);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de bibliotheek' });
  await dialog.getByRole('combobox', { name: 'Zoekterm' }).fill('coordinatei');
  const hit = dialog.getByRole('listbox', { name: 'Citaten' }).getByRole('option', { name: /coördinatie tussen de corporaties/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('coördinatie');
  await expect(dialog.getByRole('option', { name: /speeltuin/ })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /Zonder coördinatie/ })).toBeVisible();
});

test('the palette keeps focus inside while open, and Escape returns focus to where it was', async ({ page, app }) => {
  await page.goto(app.url);
  const button = page.getByRole('button', { name: /Zoeken… Ctrl K/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de bibliotheek' });
  await expect(dialog.getByRole('combobox', { name: 'Zoekterm' })).toBeFocused();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the search page filters by kind and date', async ({ page, app }) => {
  await api(app, 'lessons.create', { title: 'Investeer in vertrouwen' });
  await quoteOf(app, 'Het vertrouwen kwam pas na jaren terug.', { date: '2009' });
  await quoteOf(app, 'Vertrouwen komt te voet en gaat te paard.', { date: '2021' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('vertrouwen');
  const results = page.getByRole('region', { name: 'Resultaten' });
  // The lesson, both quotes, and the two sources they were taken from.
  await expect(results.getByRole('option')).toHaveCount(5);
  await expect(results.getByRole('listbox', { name: 'Lessen' })).toContainText('Investeer in vertrouwen');
  await page.getByRole('checkbox', { name: 'Citaten' }).check();
  await expect(results.getByRole('option')).toHaveCount(2);
  await page.getByLabel('Vanaf').fill('2015');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('te paard');
});

test('a new quote gets the right lesson suggested with its reason, and one click links it', async ({ page, app }) => {
  const pilots = await api(app, 'lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] });
  await api(app, 'lessons.create', { title: 'Onderwijs is de sleutel', aliases: ['De school als spil'] });
  const anna = await api(app, 'people.create', { name: 'Anna de Wit' });
  await quoteOf(app, 'We hebben twintig pilots gehad en niet één werd structureel.', { date: '2004', speakerId: anna.id, lessonId: pilots.id, title: 'Interview 2004' });
  const text = 'Vorige week weer een overleg. Alweer een nieuwe pilot, terwijl niets ooit structureel wordt. Daarna koffie.';
  await api(app, 'sources.create', { title: 'Gesprek 2019', date: '2019', text });

  await page.goto(app.url);
  await page.getByRole('option', { name: /Gesprek 2019/ }).click();
  const passage = 'Alweer een nieuwe pilot, terwijl niets ooit structureel wordt.';
  await selectInReader(page, passage);
  await page.getByRole('button', { name: 'Citaat maken van selectie' }).click();

  const heard = page.getByRole('region', { name: 'Eerder gehoord' });
  const first = heard.getByRole('list', { name: 'Voorgestelde lessen' }).getByRole('listitem').first();
  await expect(first).toContainText('Stop met experimenteren');
  await expect(first).toContainText(/pilot/);
  await expect(heard.getByRole('list', { name: 'Eerder gezegd' })).toContainText('twintig pilots');
  await expect(heard.getByRole('list', { name: 'Eerder gezegd' })).toContainText('Anna de Wit');

  await heard.getByRole('button', { name: 'Koppelen aan Stop met experimenteren' }).click();
  await expect(page.getByRole('checkbox', { name: 'Stop met experimenteren' })).toBeChecked();
  await expect(heard.getByRole('button', { name: 'Gekoppeld aan Stop met experimenteren' })).toBeDisabled();
  await page.getByRole('complementary', { name: 'Citaat naast de tekst' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('button', { name: /Citaat openen: Alweer een nieuwe pilot/ })).toBeVisible();
  expect((await api(app, 'lessons.get', { id: pilots.id })).evidenceCount).toBe(2);
});

test('the lesson timeline shows one mark per dated quote; the overview and map lead to the quotes', async ({ page, app }) => {
  const lesson = await api(app, 'lessons.create', { title: 'Kies voor de lange termijn' });
  const vogelaar = await api(app, 'tags.create', { name: 'Vogelaarwijken', facet: 'programme' });
  const anna = await api(app, 'people.create', { name: 'Anna de Wit' });
  const bram = await api(app, 'people.create', { name: 'Bram Koster' });
  await quoteOf(app, 'Een wijk verander je niet in vier jaar.', { date: '1999-03', speakerId: anna.id, lessonId: lesson.id });
  await quoteOf(app, 'Het geld was op toen het begon te werken.', { date: '2011', speakerId: bram.id, lessonId: lesson.id, tagIds: [vogelaar.id] });
  await quoteOf(app, 'Reken op twintig jaar.', { date: '2024-06-01', speakerId: anna.id, lessonId: lesson.id });
  await quoteOf(app, 'Ooit gezegd, niemand weet wanneer.', { date: null, lessonId: lesson.id });

  await page.goto(app.url);
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  const timeline = page.getByRole('region', { name: 'Door de jaren heen' });
  await expect(timeline.getByTestId('timeline-mark')).toHaveCount(3);
  await expect(timeline).toContainText('Voor het eerst in 1999, het laatst in 2024');
  await expect(timeline).toContainText('1 citaat zonder datum');
  await timeline.getByRole('button', { name: /Bram Koster, 2011/ }).click();
  await expect(page.getByRole('heading', { name: /Het geld was op/ })).toBeVisible();

  await page.getByRole('button', { name: 'Terugkerend', exact: true }).click();
  const sparkline = page.getByRole('img', { name: /Kies voor de lange termijn: 1999–2024 \(26 jaar\)/ });
  await expect(sparkline).toBeVisible();
  // A year axis, and each bar says its year and count.
  await expect(sparkline.locator('text')).toContainText(['1998', '2010', '2020', '2025']);
  await expect(sparkline.locator('rect title')).toContainText(['1999: 1 citaat', '2011: 1 citaat', '2024: 1 citaat']);
  await page.getByRole('button', { name: '1 citaat: Kies voor de lange termijn in Vogelaarwijken' }).click();
  await expect(page.getByText('Gefilterd: Kies voor de lange termijn × Vogelaarwijken')).toBeVisible();
  const quotes = page.getByRole('listbox', { name: 'Citaten' });
  await expect(quotes.getByRole('option')).toHaveCount(1);
  await expect(quotes.getByRole('option')).toContainText('Het geld was op');
});

test('a group found in "Nieuwe lessen ontdekken" becomes a lesson with its quotes as evidence', async ({ page, app }) => {
  const said = [
    ['Ans Bakker', '2001', 'De woningcorporatie moet haar huurders echt betrekken bij de renovatieplannen.'],
    ['Bert Smit', '2009', 'Zonder de huurders te betrekken lopen renovatieplannen van de woningcorporatie vast.'],
    ['Cor Visser', '2018', 'Huurders betrekken bij renovatieplannen: de woningcorporatie heeft dat geleerd.'],
  ] as const;
  for (const [name, date, text] of said) {
    const person = await api(app, 'people.create', { name });
    await quoteOf(app, text, { date, speakerId: person.id, title: `${name} ${date}` });
  }
  await quoteOf(app, 'De markt op zaterdag trekt mensen uit de hele stad.', { date: '2012' });

  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Ontdekken' }).click();
  const group = page.getByRole('region', { name: /renovatieplannen|huurders|woningcorporatie/i });
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('list', { name: /Citaten van/ }).getByRole('listitem')).toHaveCount(3);
  await expect(group).toContainText('2001–2018');
  await group.getByLabel('Titel van de nieuwe les').fill('Betrek huurders bij renovatie');
  await group.getByRole('button', { name: 'Maak les' }).click();

  const dossier = page.getByRole('article', { name: 'Betrek huurders bij renovatie' });
  await expect(dossier).toBeVisible();
  await expect(dossier.getByText('3 citaten als bewijs')).toBeVisible();
  const lessons = await api(app, 'lessons.list', { query: 'Betrek huurders' });
  expect(lessons.items).toHaveLength(1);
});

test('one click in "Eerder gehoord" links a saved quote, and leaving it afterwards asks nothing', async ({ page, app }) => {
  await api(app, 'lessons.create', { title: 'Stop met experimenteren', aliases: ['Geen pilots meer'] });
  await quoteOf(app, 'Alweer een nieuwe pilot, terwijl niets ooit structureel wordt.', { date: '2019' });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Citaten' }).click();
  await page.getByRole('option', { name: /Alweer een nieuwe pilot/ }).click();
  const heard = page.getByRole('region', { name: 'Eerder gehoord' });
  await heard.getByRole('button', { name: 'Koppelen aan Stop met experimenteren' }).click();
  await expect(page.getByText('Les gekoppeld', { exact: true })).toBeVisible();
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  await expect(page).toHaveURL(/#\/lessons/);
  expect(asked).toEqual([]);
});

test('a quote linked by hand to a lesson that was not recognised offers its own words as the lesson’s related words', async ({ page, app }) => {
  const lesson = await api(app, 'lessons.create', { title: 'Kies voor de lange termijn', summary: 'Wijkvernieuwing duurt tien tot twintig jaar.' });
  await quoteOf(app, 'De buurt heeft een marathon nodig, geen sprint van één collegeperiode.', { date: '2012', lessonId: lesson.id });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Citaten' }).click();
  await page.getByRole('option', { name: /De buurt heeft een marathon nodig/ }).click();
  const offer = page.getByRole('group', { name: 'Verwante woorden voor Kies voor de lange termijn' });
  await expect(offer).toContainText('werd hier niet herkend');
  await offer.getByRole('button', { name: 'marathon toevoegen als verwant woord van Kies voor de lange termijn' }).click();
  await expect(offer.getByRole('button', { name: /^marathon toevoegen/ })).toHaveCount(0);
  expect((await api(app, 'lessons.get', { id: lesson.id })).relatedWords).toEqual(['marathon']);
});

test('the related words of every lesson are seen and edited in one place', async ({ page, app }) => {
  const lesson = await api(app, 'lessons.create', { title: 'Investeer in vertrouwen', relatedWords: ['relatie'] });
  await api(app, 'lessons.create', { title: 'Stop met experimenteren' });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Verwante woorden' }).click();
  await expect(page.getByText('1 van de 2 lessen hebben verwante woorden.')).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Investeer in vertrouwen' });
  await expect(field).toHaveValue('relatie');
  await field.fill('relatie, vertrouwensband, te voet');
  await page.getByRole('button', { name: 'Verwante woorden van Investeer in vertrouwen opslaan' }).click();
  await expect.poll(async () => (await api(app, 'lessons.get', { id: lesson.id })).relatedWords).toEqual(['relatie', 'vertrouwensband', 'te voet']);
});
