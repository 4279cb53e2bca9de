import { makeDocx } from '../electron/core/test-support/files';
import { api } from './api';
import { expect, test } from './fixtures';
import { selectInReader } from './reader';
import { chooseInPicker } from './pickers';

const transcript = [
  'Interviewer: Hoe kijkt u terug op de krachtwijken?',
  'Anna de Wit: Elke vier jaar begonnen we opnieuw. Investeer in vertrouwen, dat is het enige dat blijft.',
  'Interviewer: En de bewoners?',
  'Bram Koster: Die waren de pilots allang zat.',
].join('\n');

test('import a .docx through the file dialog and read it', async ({ page, app }) => {
  const docx = await makeDocx(['Verslag bewonersavond Overvecht', 'Eerst veiligheid, dan de rest.'], { title: 'Bewonersavond Overvecht 2009' });
  await page.goto(app.url);
  await page.getByLabel('Bestand inlezen').setInputFiles({ name: 'bewonersavond.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx) });
  await expect(page.getByRole('heading', { name: 'Bewonersavond Overvecht 2009' })).toBeVisible();
  await expect(page.getByLabel('Tekst van de bron', { exact: true }).last()).toContainText('Eerst veiligheid, dan de rest.');
});

test('a transcript: match its speakers, quote a turn with the proposed speaker and a new lesson, correct the text, stay anchored', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Bestand inlezen').setInputFiles({ name: 'gesprek-2011.txt', mimeType: 'text/plain', buffer: Buffer.from(transcript) });
  const speakers = page.getByRole('region', { name: 'Sprekers in deze bron' });
  await expect(speakers).toBeVisible();
  await speakers.getByRole('button', { name: 'Nieuw profiel “Anna de Wit”' }).click();
  await expect(speakers.getByRole('combobox', { name: 'Profiel voor Anna de Wit' })).toHaveValue('Anna de Wit');

  const passage = 'Investeer in vertrouwen, dat is het enige dat blijft.';
  await selectInReader(page, passage);
  await page.getByRole('button', { name: 'Citaat maken van selectie' }).click();
  const panel = page.getByRole('complementary', { name: 'Citaat naast de tekst' });
  await expect(panel.getByLabel('Passage (letterlijk uit de bron)')).toHaveText(passage);
  await expect(page.getByRole('combobox', { name: 'Spreker' })).toHaveValue('Anna de Wit');
  await chooseInPicker(page, 'Les koppelen', 'Investeer in vertrouwen', 'Nieuwe les “Investeer in vertrouwen”');
  await expect(panel.getByRole('checkbox', { name: 'Investeer in vertrouwen' })).toBeChecked();
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('button', { name: /Citaat openen: Investeer in vertrouwen, dat is/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Sluiten' }).click();

  // Correct the source text: the quote moves with its words and stays anchored.
  await page.getByRole('button', { name: 'Bronnen', exact: true }).click();
  await page.getByRole('option', { name: /gesprek-2011/ }).click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  const text = page.getByLabel('Tekst', { exact: true });
  await text.fill(`Transcript, gecorrigeerd door de onderzoeker.\n${transcript.replace('Elke vier jaar', 'Iedere vier jaar')}`);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const highlight = page.getByRole('button', { name: /Citaat openen: Investeer in vertrouwen/ });
  await expect(highlight).toHaveText(passage);
  await highlight.click();
  await expect(page.getByRole('heading', { name: /Investeer in vertrouwen, dat is/ })).toBeVisible();
  await expect(page.getByText(/Los geraakt/)).toHaveCount(0);
  const [quote] = (await api(app, 'quotes.list', {})).items;
  expect(quote?.anchorStatus).toBe('anchored');
});

test('a broken file gets a clear message and the library stays unchanged', async ({ page, app }) => {
  const docx = await makeDocx(['Tekst']);
  await page.goto(app.url);
  await page.getByLabel('Bestand inlezen').setInputFiles([
    { name: 'afgekapt.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx.slice(0, 200)) },
    { name: 'leeg.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await expect(page.getByText(/Niet ingelezen: afgekapt\.docx/)).toBeVisible();
  await expect(page.getByText(/Niet ingelezen: leeg\.txt is leeg/)).toBeVisible();
  expect((await api(app, 'library.stats', {})).sources).toBe(0);
});

test('two lessons that are the same are merged: one keeps all evidence and phrasings, the other goes to the trash', async ({ page, app }) => {
  const keep = await api(app, 'lessons.create', { title: 'Stop met experimenteren' });
  const gone = await api(app, 'lessons.create', { title: 'Geen pilots meer', aliases: ['Van project naar structuur'] });
  for (const [date, lessonId] of [['2004', keep.id], ['2011', gone.id], ['2019', gone.id]] as const) {
    const text = `Uitspraak uit ${date}.`;
    const source = await api(app, 'sources.create', { title: `Bron ${date}`, date, text });
    await api(app, 'quotes.create', { sourceId: source.id, start: 0, end: text.length, lessons: [{ lessonId }] });
  }
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Stop met experimenteren/ }).click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  // The other lesson is found by typing, among every lesson of the library.
  await chooseInPicker(page, 'Relatie toevoegen', 'pilots', 'Geen pilots meer');
  await page.getByLabel('Soort relatie').selectOption({ label: 'zelfde als' });
  await expect(page.getByRole('combobox', { name: 'Andere les' })).toHaveValue('Geen pilots meer');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Samenvoegen met “Geen pilots meer”' }).click();
  await page.getByRole('button', { name: 'Ja, samenvoegen' }).click();
  await expect(page.getByText('3 citaten als bewijs').first()).toBeVisible();
  const alsoSaid = page.getByRole('region', { name: 'Ook gezegd als' });
  await expect(alsoSaid.getByRole('listitem')).toHaveText(['“Geen pilots meer”', '“Van project naar structuur”']);
  await expect(page.getByRole('region', { name: 'Door de jaren heen' }).getByTestId('timeline-mark')).toHaveCount(3);
  await page.getByRole('button', { name: 'Prullenbak', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Geen pilots meer' })).toBeVisible();
  // The merge can be undone from its toast: both lessons come back with their own evidence.
  await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).last().click();
  await expect(page.getByText('De prullenbak is leeg.')).toBeVisible();
  expect((await api(app, 'lessons.get', { id: keep.id })).evidenceCount).toBe(1);
  expect((await api(app, 'lessons.get', { id: gone.id })).evidenceCount).toBe(2);
});

test('a long PDF shows its pages and can be stopped; nothing of it is stored', async ({ page, app }) => {
  const { makePdf } = await import('../electron/core/test-support/files');
  await page.goto(app.url);
  await page.getByLabel('Bestand inlezen').setInputFiles({ name: 'jaarverslag.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf(['Een bladzijde uit het jaarverslag.'], 'Jaarverslag', 2000)) });
  const progress = page.getByRole('status').filter({ hasText: 'jaarverslag.pdf' });
  await expect(progress).toContainText(/bladzijde \d+ van 2000/);
  await progress.getByRole('button', { name: 'Stoppen' }).click();
  await expect(page.getByText(/Niet ingelezen: Het inlezen is gestopt/)).toBeVisible();
  expect((await api(app, 'library.stats', {})).sources).toBe(0);
});

test('an article with a heading and a sentence with a colon is imported without speakers', async ({ page, app }) => {
  const article = [
    'Dertig jaar wijkaanpak, een gesprek met Reinout Kleinhans.',
    'Casus: de Rotterdamse Stadsmarinier',
    'De stadsmariniers werken sinds 2002 in de wijken van Rotterdam.',
    'Je hebt elkaar nodig: bewoners, corporaties en gemeente samen.',
    'Volgens Kleinhans is dat de les die steeds terugkomt.',
  ].join('\n');
  await page.goto(app.url);
  await page.getByLabel('Bestand inlezen').setInputFiles({ name: 'wijkwijzen.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
  await expect(page.getByRole('heading', { name: 'wijkwijzen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sprekers in deze bron' })).toHaveCount(0);
  const sources = await api(app, 'sources.list', { query: 'wijkwijzen' });
  const source = await api(app, 'sources.get', { id: sources.items[0]?.id ?? '' });
  expect(source.speakers).toEqual([]);
});

test('a quote that came loose after a correction is marked in the list and re-attached by choice', async ({ page, app }) => {
  const text = 'Inleiding van het gesprek. Het duurde tien jaar voordat de bewoners ons vertrouwden. Daarna ging het snel.';
  const source = await api(app, 'sources.create', { title: 'Gesprek Overvecht', kind: 'interview', text });
  const exact = 'Het duurde tien jaar voordat de bewoners ons vertrouwden.';
  const quote = await api(app, 'quotes.create', { sourceId: source.id, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
  await api(app, 'sources.update', { id: source.id, text: text.replace('tien jaar', 'twaalf jaar') });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Citaten' }).click();
  const row = page.getByRole('option', { name: /Het duurde tien jaar/ });
  await expect(row).toContainText('los geraakt');
  await row.click();
  const offer = page.getByRole('group', { name: 'Los geraakt citaat' });
  await expect(offer).toContainText('Het duurde twaalf jaar voordat de bewoners ons vertrouwden.');
  await offer.getByRole('button', { name: 'Vastmaken aan deze passage' }).click();
  await expect(page.getByRole('group', { name: 'Los geraakt citaat' })).toHaveCount(0);
  await expect.poll(async () => (await api(app, 'quotes.get', { id: quote.id })).anchorStatus).toBe('anchored');
  expect((await api(app, 'quotes.get', { id: quote.id })).text).toBe('Het duurde twaalf jaar voordat de bewoners ons vertrouwden.');
  await expect(page.getByRole('option', { name: /Het duurde twaalf jaar/ })).not.toContainText('los geraakt');
});

test('a correction that would leave a quote loose warns first; going back saves nothing, saving anyway keeps the quote as loose', async ({ page, app }) => {
  const text = 'Inleiding van het gesprek. Het duurde tien jaar voordat de bewoners ons vertrouwden. Daarna ging het snel.';
  const source = await api(app, 'sources.create', { title: 'Gesprek Kanaleneiland', kind: 'interview', text });
  const exact = 'Het duurde tien jaar voordat de bewoners ons vertrouwden.';
  const quote = await api(app, 'quotes.create', { sourceId: source.id, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Bronnen', exact: true }).click();
  await page.getByRole('option', { name: /Gesprek Kanaleneiland/ }).click();
  await page.keyboard.press('e');
  await page.getByLabel('Tekst', { exact: true }).fill(text.replace('tien jaar', 'twaalf jaar'));
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Citaten raken los' });
  await expect(warning).toContainText('raakt 1 citaat los');
  await expect(warning).toContainText(exact);
  await warning.getByRole('button', { name: 'Terug naar de tekst' }).click();
  expect((await api(app, 'sources.get', { id: source.id })).text).toBe(text);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('alertdialog', { name: 'Citaten raken los' }).getByRole('button', { name: 'Toch opslaan' }).click();
  await expect.poll(async () => (await api(app, 'quotes.get', { id: quote.id })).anchorStatus).toBe('detached');
  expect((await api(app, 'quotes.get', { id: quote.id })).text).toBe(exact);
});

test('a line taken for a speaker is taken off the list with one click', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Bestand inlezen').setInputFiles({ name: 'gesprek-2012.txt', mimeType: 'text/plain', buffer: Buffer.from(transcript) });
  const speakers = page.getByRole('region', { name: 'Sprekers in deze bron' });
  await expect(speakers.getByRole('combobox', { name: 'Profiel voor Interviewer' })).toBeVisible();
  await speakers.getByRole('button', { name: 'Interviewer is geen spreker' }).click();
  await expect(speakers.getByRole('combobox', { name: 'Profiel voor Interviewer' })).toHaveCount(0);
  await expect(speakers.getByRole('combobox', { name: 'Profiel voor Anna de Wit' })).toBeVisible();
  const [source] = (await api(app, 'sources.list', {})).items;
  expect((await api(app, 'sources.get', { id: source?.id ?? '' })).speakers.map((s) => s.label)).toEqual(['Anna de Wit', 'Bram Koster']);
});
