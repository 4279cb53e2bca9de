import { api } from './api';
import { expect, test } from './fixtures';

test('a lesson opens as a dossier; e opens its form, and cancelling what was typed asks first', async ({ page, app }) => {
  const other = await api(app, 'lessons.create', { title: 'Geen pilots meer' });
  const lesson = await api(app, 'lessons.create', {
    title: 'Stop met experimenteren',
    summary: 'Twintig pilots, geen één structureel.',
    aliases: ['Van project naar structuur'],
    relatedWords: ['pilot'],
    relations: [{ lessonId: other.id, kind: 'refines' }],
  });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  await page.getByRole('option', { name: /Stop met experimenteren/ }).click();
  const dossier = page.getByRole('article', { name: 'Stop met experimenteren' });
  await expect(dossier).toContainText('Twintig pilots, geen één structureel.');
  await expect(dossier.getByRole('region', { name: 'Ook gezegd als' })).toContainText('Van project naar structuur');
  await expect(dossier.getByRole('region', { name: 'Verwante woorden' })).toContainText('pilot');
  await expect(page.getByLabel('Samenvatting')).toHaveCount(0);

  await page.keyboard.press('e');
  const summary = page.getByLabel('Samenvatting');
  await expect(summary).toHaveValue('Twintig pilots, geen één structureel.');
  await summary.fill('Iets anders.');
  // Cancel asks; staying keeps the text.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(summary).toHaveValue('Iets anders.');
  // Cancel again and agree: back to the dossier, nothing saved.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dossier).toContainText('Twintig pilots, geen één structureel.');
  expect((await api(app, 'lessons.get', { id: lesson.id })).summary).toBe('Twintig pilots, geen één structureel.');

  // A relation is a link to the other lesson's dossier.
  await dossier.getByRole('button', { name: 'Geen pilots meer' }).click();
  await expect(page.getByRole('article', { name: 'Geen pilots meer' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/lessons/${other.id}`));
});

test('a profile shows a person over the years; its form opens with e and saving returns to the profile', async ({ page, app }) => {
  await api(app, 'people.create', {
    name: 'Anna de Wit',
    consent: 'pseudonym',
    pseudonym: 'A.',
    roles: [
      { role: 'wethouder', organisation: 'Gemeente Rotterdam', place: 'Rotterdam', from: '2014', to: null },
      { role: 'wijkregisseur', organisation: 'Gemeente Rotterdam', place: 'Rotterdam-Zuid', from: '2006-03', to: '2013' },
    ],
  });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Profielen' }).click();
  await page.getByRole('option', { name: /Anna de Wit/ }).click();
  const profile = page.getByRole('article', { name: 'Anna de Wit' });
  await expect(profile).toContainText('Pseudoniem tonen (“A.”)');
  // Earliest role first, with its period as a person writes it.
  await expect(profile.getByRole('region', { name: 'Rollen door de jaren' }).getByRole('listitem')).toHaveText([
    'wijkregisseur, Gemeente Rotterdam, Rotterdam-Zuid · maart 2006 – 2013',
    'wethouder, Gemeente Rotterdam, Rotterdam · 2014 – nu',
  ]);
  await page.keyboard.press('e');
  await page.getByLabel('Over deze persoon').fill('Begon als wijkregisseur in Zuid.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(profile).toContainText('Begon als wijkregisseur in Zuid.');
  await expect(page.getByLabel('Over deze persoon')).toHaveCount(0);
});

test('a list is sorted as chosen, in either direction, across its pages', async ({ page, app }) => {
  for (const title of ['Bewoners aan het stuur', 'Investeer in vertrouwen', 'Kies voor de lange termijn']) await api(app, 'lessons.create', { title });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  const options = page.getByRole('main').getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Bewoners aan het stuur');
  await page.getByRole('button', { name: 'oplopend' }).click();
  await expect(options.first()).toContainText('Kies voor de lange termijn');
  await page.getByLabel('Sorteren op').selectOption({ label: 'aangemaakt' });
  // Newest first: the last one made.
  await expect(options.first()).toContainText('Kies voor de lange termijn');
  await page.getByRole('button', { name: 'aflopend' }).click();
  await expect(options.first()).toContainText('Bewoners aan het stuur');
});

test('a list keeps its scroll position and selection when the user goes to another page and back', async ({ page, app }) => {
  for (let i = 1; i <= 120; i++) await api(app, 'lessons.create', { title: `Les ${String(i).padStart(3, '0')}` });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  const list = page.getByRole('main').getByRole('listbox', { name: 'Lessen' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await list.evaluate((element) => element.scrollTo({ top: 2400 }));
  await list.getByRole('option', { name: /Les 050/ }).click();
  const before = await list.evaluate((element) => element.scrollTop);
  expect(before).toBeGreaterThan(1000);

  await page.getByRole('navigation').getByRole('button', { name: 'Citaten' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  await expect(list.getByRole('option', { name: /Les 050/ })).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('option', { name: /Les 050/ })).toBeInViewport();
  expect(Math.abs((await list.evaluate((element) => element.scrollTop)) - before)).toBeLessThan(60);
});

test('a quote made entirely with the keyboard in the reader, with a new profile and a new lesson, keeps the reading position', async ({ page, app }) => {
  const sentences = Array.from({ length: 60 }, (_, i) => `Dit is zin ${i + 1} van het gesprek over de wijk en wat daar door de jaren is geleerd.`);
  sentences[40] = 'Je moet de bewoners zelf laten beslissen over hun eigen straat.';
  sentences[41] = 'Anders komt er niets van terecht.';
  await api(app, 'sources.create', { title: 'Lang gesprek', date: '2021', text: sentences.join(' ') });
  await page.goto(app.url);
  await page.getByRole('option', { name: /Lang gesprek/ }).click();
  const reader = page.getByLabel('Tekst van de bron', { exact: true }).last();
  await reader.focus();
  // Alt+↓ forty-one times: the 41st sentence; Shift+Alt+↓ adds the 42nd.
  for (let i = 0; i < 41; i++) await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Shift+Alt+ArrowDown');
  const pane = page.locator('.detail-pane');
  const position = await pane.evaluate((element) => element.scrollTop);
  expect(position).toBeGreaterThan(200);
  await page.keyboard.press('Control+Shift+C');

  const panel = page.getByRole('complementary', { name: 'Citaat naast de tekst' });
  await expect(panel.getByLabel('Passage (letterlijk uit de bron)')).toHaveText(`${sentences[40]} ${sentences[41]}`);
  // A speaker heard for the first time: a new profile from the picker itself, by keyboard.
  await panel.getByRole('combobox', { name: 'Spreker' }).focus();
  await page.keyboard.type('Karin Nieuwland');
  const create = page.getByRole('option', { name: 'Nieuw profiel “Karin Nieuwland”' });
  await expect(create).toBeVisible();
  for (let i = 0; i < 12 && (await create.getAttribute('data-focused')) === null; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('combobox', { name: 'Spreker' })).toHaveValue('Karin Nieuwland');
  // Escape closes the suggestions and keeps the new speaker.
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('combobox', { name: 'Spreker' })).toHaveValue('Karin Nieuwland');
  // A lesson heard for the first time: made and linked from the same typeahead, by keyboard.
  await panel.getByRole('combobox', { name: 'Les koppelen' }).focus();
  await page.keyboard.type('Laat bewoners beslissen');
  const newLesson = page.getByRole('option', { name: 'Nieuwe les “Laat bewoners beslissen”' });
  await expect(newLesson).toBeVisible();
  for (let i = 0; i < 12 && (await newLesson.getAttribute('data-focused')) === null; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('checkbox', { name: 'Laat bewoners beslissen' })).toBeChecked();
  await panel.getByRole('button', { name: 'Opslaan' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('button', { name: /Citaat openen: Je moet de bewoners zelf laten beslissen/ })).toBeVisible();
  expect(Math.abs((await pane.evaluate((element) => element.scrollTop)) - position)).toBeLessThan(40);
  const [quote] = (await api(app, 'quotes.list', {})).items;
  const [person] = (await api(app, 'people.list', { query: 'Karin' })).items;
  expect(quote?.speakerId).toBe(person?.id);
  expect(quote?.lessons).toHaveLength(1);
});

test('a label opens as a reading view with every quote that carries it; e opens its form', async ({ page, app }) => {
  const city = await api(app, 'tags.create', { name: 'Rotterdam', facet: 'place' });
  const district = await api(app, 'tags.create', { name: 'Tarwewijk', facet: 'place', parentId: city.id });
  const source = await api(app, 'sources.create', { title: 'Wijkgesprek', kind: 'interview', date: '2009', text: 'Wie hier woont, weet het. Je moet blijven komen.', tagIds: [district.id] });
  await api(app, 'quotes.create', { sourceId: source.id, start: 0, end: 25 });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Labels' }).click();
  await page.getByRole('option', { name: /Tarwewijk/ }).click();
  const view = page.getByRole('article', { name: 'Tarwewijk' });
  await expect(view).toContainText('Facet: Plaats');
  // A quote whose source carries the label counts, with who, when and where.
  await expect(view.getByRole('list', { name: 'Citaten met dit label' })).toContainText('Wie hier woont, weet het.');
  await expect(view.getByRole('list', { name: 'Citaten met dit label' })).toContainText('Wijkgesprek');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveCount(0);
  await page.keyboard.press('e');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Tarwewijk');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  // What it falls under is a link to that label.
  await view.getByRole('button', { name: 'Rotterdam' }).click();
  await expect(page.getByRole('article', { name: 'Rotterdam' })).toContainText('Wie hier woont, weet het.');
});
