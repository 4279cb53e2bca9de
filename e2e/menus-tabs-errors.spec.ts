import { api } from './api';
import { expect, test } from './fixtures';

test('an item’s menu copies its address, which opens the same item again', async ({ page, app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const lesson = await api(app, 'lessons.create', { title: 'Kies voor de lange termijn' });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  // The hint names the key that opens the form.
  await page.getByRole('button', { name: 'Bewerken' }).hover();
  await expect(page.getByRole('tooltip')).toHaveText('Bewerken (toets e)');
  await page.getByRole('button', { name: 'Meer acties' }).click();
  await page.getByRole('menuitem', { name: 'Link kopiëren' }).click();
  await expect(page.getByText('De link naar dit item is gekopieerd')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`#/lessons/${lesson.id}`);
  await page.goto('about:blank');
  await page.goto(copied);
  await expect(page.getByRole('article', { name: 'Kies voor de lange termijn' })).toBeVisible();
});

test('the heat map shows one facet per tab, chosen with the arrow keys', async ({ page, app }) => {
  const lesson = await api(app, 'lessons.create', { title: 'Investeer in mensen' });
  const city = await api(app, 'tags.create', { name: 'Rotterdam', facet: 'place' });
  const programme = await api(app, 'tags.create', { name: 'Vogelaarwijken', facet: 'programme' });
  const source = await api(app, 'sources.create', { title: 'Gesprek', kind: 'interview', date: '2008', text: 'Investeer in mensen, niet in stenen.' });
  await api(app, 'quotes.create', { sourceId: source.id, start: 0, end: 35, lessons: [{ lessonId: lesson.id, stance: 'supports' }], tagIds: [city.id, programme.id] });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Terugkerend' }).click();
  const tabs = page.getByRole('tablist', { name: 'Uitsplitsen naar' });
  await expect(tabs.getByRole('tab', { name: 'Programma' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Vogelaarwijken');
  await tabs.getByRole('tab', { name: 'Programma' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Plaats' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('Rotterdam');
  await expect(panel).not.toContainText('Vogelaarwijken');
  await expect(panel.getByRole('button', { name: /1 citaat.*Investeer in mensen.*Rotterdam/ })).toBeVisible();
});

test('the English interface shows core’s refusals in English', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Taal').selectOption('en');
  await page.getByLabel('Import file').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'picture.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x00, 0x01]) },
  ]);
  await expect(page.getByText('Not imported: empty.txt is empty (0 bytes).')).toBeVisible();
  await expect(page.getByText('Not imported: picture.txt is not valid UTF-8 text; save the file as UTF-8 and try again.')).toBeVisible();
  expect((await api(app, 'library.stats', {})).sources).toBe(0);
  await page.getByLabel('Language').selectOption('nl');
});
