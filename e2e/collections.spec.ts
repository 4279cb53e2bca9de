import { api, quoteOf } from './api';
import { expect, test } from './fixtures';
import { chooseInPicker } from './pickers';

test('items are added to a collection from their own pages, reordered by keyboard, given a section, and exported', async ({ page, app }) => {
  const lesson = await api(app, 'lessons.create', { title: 'Kies voor de lange termijn' });
  await quoteOf(app, 'Een wijk verander je niet in vier jaar.', { date: '2004', lessonId: lesson.id });
  await page.goto(app.url);

  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  await page.getByRole('button', { name: 'In nieuwe collectie' }).click();
  await expect(page.getByText('“Kies voor de lange termijn” toegevoegd aan “Nieuwe collectie”')).toBeVisible();

  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  await page.getByRole('option', { name: /vier jaar/ }).click();
  // An existing collection is found by typing.
  await chooseInPicker(page, 'Aan collectie toevoegen', 'nieuwe', 'Nieuwe collectie');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByText(/toegevoegd aan “Nieuwe collectie”/).last()).toBeVisible();

  await page.getByRole('button', { name: 'Collecties', exact: true }).click();
  await page.getByRole('option', { name: /Nieuwe collectie/ }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Wat werkt: de lange termijn');
  const items = page.locator('.collection-items > li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Les: Kies voor de lange termijn');
  // Alt+ArrowUp on the quote moves it above the lesson.
  await items.nth(1).getByRole('button', { name: /Omhoog/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items.nth(0)).toContainText('Citaat: Een wijk verander je niet');
  await page.getByLabel('Kop boven dit onderdeel (nieuwe sectie): Citaat: Een wijk verander je niet in vier jaar.').fill('Het bewijs');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('option', { name: /Wat werkt: de lange termijn/ })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('region', { name: 'Exporteren' }).getByRole('button', { name: 'HTML' }).click()]);
  const html = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  expect(html.indexOf('<h2>Het bewijs</h2>')).toBeGreaterThan(0);
  expect(html.indexOf('Een wijk verander je niet in vier jaar.')).toBeLessThan(html.indexOf('<h3>Kies voor de lange termijn</h3>'));
});

test('search results go into a collection all at once, and a lesson exports with its evidence', async ({ page, app }) => {
  await api(app, 'library.loadExample', {});
  const target = await api(app, 'collections.create', { title: 'Over vertrouwen' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('vertrouwen');
  await page.getByRole('checkbox', { name: 'Citaten' }).check();
  const results = page.getByRole('region', { name: 'Resultaten' }).getByRole('option');
  await expect(results.first()).toBeVisible();
  // Search as you type: wait until the list and the "add all" button show the same results.
  const addAll = page.getByRole('button', { name: /^(Alle \d+|\d+) toevoegen$/ });
  await expect.poll(async () => (await addAll.textContent())?.includes(String(await results.count()))).toBe(true);
  const count = await results.count();
  await chooseInPicker(page, 'Resultaten aan collectie toevoegen', 'vertrouw', 'Over vertrouwen');
  await addAll.click();
  await expect.poll(async () => (await api(app, 'collections.get', { id: target.id })).items.length).toBe(count);

  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Investeer in vertrouwen/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Les met bewijs exporteren' }).getByRole('button', { name: 'PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('Investeer in vertrouwen.pdf');
  expect((await import('node:fs')).readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('typing in a collection’s introduction (which saves itself) keeps the title, headings and commentary typed before it', async ({ page, app }) => {
  const quote = await quoteOf(app, 'Een wijk verander je niet in vier jaar.', { date: '2004' });
  const collection = await api(app, 'collections.create', { title: 'Nieuwe collectie', items: [{ kind: 'quote', itemId: quote.id, heading: null, commentary: '' }] });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Collecties', exact: true }).click();
  await page.getByRole('option', { name: /Nieuwe collectie/ }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Wat werkt: de lange termijn');
  await page.getByLabel(/^Kop boven dit onderdeel/).fill('Het begin');
  await page.getByLabel(/^Toelichting: /).fill('Zo zei een wijkregisseur het in 2004.');
  const intro = page.getByRole('textbox', { name: 'Inleiding' });
  await intro.click();
  await page.keyboard.type('Over geduld in de wijkaanpak.');
  // The introduction saves itself; the collection's version changes underneath the form.
  await expect(page.locator('.collection-intro')).toContainText('Opgeslagen');
  await expect.poll(async () => (await api(app, 'collections.get', { id: collection.id })).updatedAt).not.toBe(collection.updatedAt);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Wat werkt: de lange termijn');
  await expect(page.getByLabel(/^Kop boven dit onderdeel/)).toHaveValue('Het begin');
  await expect(page.getByLabel(/^Toelichting: /)).toHaveValue('Zo zei een wijkregisseur het in 2004.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Wat werkt: de lange termijn' })).toBeVisible();
  const saved = await api(app, 'collections.get', { id: collection.id });
  expect(saved).toMatchObject({ title: 'Wat werkt: de lange termijn', items: [{ heading: 'Het begin', commentary: 'Zo zei een wijkregisseur het in 2004.' }] });
  expect(JSON.stringify(saved.intro)).toContain('Over geduld in de wijkaanpak.');
});

test('leaving a form with unsaved changes asks first; staying keeps what was typed', async ({ page, app }) => {
  await api(app, 'lessons.create', { title: 'Kies voor de lange termijn' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  // A lesson opens as its dossier; `e` opens its form.
  await expect(page.getByLabel('Samenvatting')).toHaveCount(0);
  await page.keyboard.press('e');
  await page.getByLabel('Samenvatting').fill('Een wijk verander je niet in één collegeperiode.');

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  expect(asked[0]).toContain('niet zijn opgeslagen');
  await expect(page.getByLabel('Samenvatting')).toHaveValue('Een wijk verander je niet in één collegeperiode.');
  await expect(page).toHaveURL(/#\/lessons\//);

  // Back asks too; this time the change is discarded.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.goBack();
  await expect(page.getByLabel('Samenvatting')).toHaveCount(0);

  // After saving, leaving asks nothing.
  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await page.getByLabel('Samenvatting').fill('Langere adem.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // Saved: back to the dossier, which shows the new summary.
  await expect(page.getByRole('article').getByText('Langere adem.')).toBeVisible();
  await expect(page.getByText('Opgeslagen').first()).toBeVisible();
  page.once('dialog', () => asked.push('asked again'));
  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  await expect(page).toHaveURL(/#\/quotes/);
  expect(asked).toHaveLength(1);
});
