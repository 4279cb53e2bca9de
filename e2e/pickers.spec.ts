import { api, quoteOf } from './api';
import { expect, test } from './fixtures';
import { chooseInPicker } from './pickers';

test.describe.configure({ timeout: 120_000 });

test('the lesson and label pickers find the 600th of 600 by typing, and the quote keeps both', async ({ page, app }) => {
  // More than the 500 a list page holds: a picker that showed only the first page would miss the last ones.
  for (let i = 1; i <= 600; i++) {
    const n = String(i).padStart(3, '0');
    await api(app, 'lessons.create', { title: `Les ${n} over de wijk` });
    await api(app, 'tags.create', { name: `Label ${n}`, facet: 'theme' });
  }
  const quote = await quoteOf(app, 'Een wijk verander je niet in vier jaar.', { date: '2004' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  await page.getByRole('option', { name: /vier jaar/ }).click();
  await page.getByRole('button', { name: 'Bewerken' }).click();

  await chooseInPicker(page, 'Les koppelen', 'les 600', 'Les 600 over de wijk');
  await expect(page.getByRole('checkbox', { name: 'Les 600 over de wijk' })).toBeChecked();
  await page.getByLabel('Houding: Les 600 over de wijk').selectOption({ label: 'nuanceert' });
  await chooseInPicker(page, 'Label toevoegen', 'label 600', 'Label 600');
  await expect(page.getByRole('checkbox', { name: 'Label 600' })).toBeChecked();
  // A chosen lesson is not offered again.
  const lessonPicker = page.getByRole('combobox', { name: 'Les koppelen', exact: true });
  await lessonPicker.scrollIntoViewIfNeeded();
  await lessonPicker.fill('les 600');
  const suggestions = page.getByRole('listbox', { name: 'Les koppelen' });
  // What is left is the offer to make a new lesson of what was typed.
  await expect(suggestions.getByRole('option')).toHaveText(['Nieuwe les “les 600”']);
  await expect(suggestions.getByRole('option', { name: 'Les 600 over de wijk' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await expect.poll(async () => (await api(app, 'quotes.get', { id: quote.id })).lessons.length).toBe(1);
  const saved = await api(app, 'quotes.get', { id: quote.id });
  const [lesson] = (await api(app, 'lessons.list', { query: 'Les 600', limit: 5 })).items;
  const [label] = (await api(app, 'tags.list', { query: 'Label 600', limit: 5 })).items;
  expect(saved.lessons).toEqual([{ lessonId: lesson?.id, stance: 'nuances' }]);
  expect(saved.tagIds).toEqual([label?.id]);

  // Unticking takes a lesson off again (the saved quote is read first; e opens its form).
  await expect(page.getByRole('article').getByRole('region', { name: 'Lessen' })).toContainText('nuanceert: Les 600 over de wijk');
  await page.keyboard.press('e');
  // (click, not uncheck: the unticked row leaves the list at once)
  await page.getByRole('checkbox', { name: 'Les 600 over de wijk' }).click();
  await expect(page.getByRole('checkbox', { name: 'Les 600 over de wijk' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(async () => (await api(app, 'quotes.get', { id: quote.id })).lessons.length).toBe(0);
});

test('a label that does not exist yet is made from the picker and put on the quote', async ({ page, app }) => {
  const quote = await quoteOf(app, 'Het gaat om vertrouwen, niet om stenen.', { date: '2012' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  await page.getByRole('option', { name: /vertrouwen/ }).click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await chooseInPicker(page, 'Label toevoegen', 'Vertrouwen', 'Nieuw label “Vertrouwen”');
  await expect(page.getByRole('checkbox', { name: 'Vertrouwen' })).toBeChecked();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(async () => (await api(app, 'quotes.get', { id: quote.id })).tagIds.length).toBe(1);
  const [label] = (await api(app, 'tags.list', { query: 'Vertrouwen', limit: 5 })).items;
  expect(label).toMatchObject({ name: 'Vertrouwen', facet: 'other' });
  expect((await api(app, 'quotes.get', { id: quote.id })).tagIds).toEqual([label?.id]);
});
