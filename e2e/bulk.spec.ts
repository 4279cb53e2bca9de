import AxeBuilder from '@axe-core/playwright';
import { api, quoteOf } from './api';
import { expect, test } from './fixtures';
import { chooseInPicker } from './pickers';

test('several quotes are chosen in the list, by mouse and keyboard, then labelled, linked to a lesson and trashed at once', async ({ page, app }) => {
  const ids: string[] = [];
  for (const [date, text] of [
    ['2004', 'Een wijk verander je niet in vier jaar.'],
    ['2009', 'Zonder lange adem gebeurt er niets in de buurt.'],
    ['2015', 'De markt op zaterdag trekt mensen uit de hele stad.'],
  ] as const)
    ids.push((await quoteOf(app, text, { date })).id);
  const lesson = await api(app, 'lessons.create', { title: 'Kies voor de lange termijn' });
  const tag = await api(app, 'tags.create', { name: 'Lange adem', facet: 'theme' });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Citaten' }).click();
  await page.getByRole('button', { name: 'Meer kiezen' }).click();
  const list = page.getByRole('main').getByRole('listbox', { name: 'Citaten' });
  await expect(list).toHaveAttribute('aria-multiselectable', 'true');
  await list.getByRole('option', { name: /vier jaar/ }).click();
  // The keyboard: Home to the first row (newest first: 2015), down one (2009), Space ticks it.
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(list.getByRole('option', { selected: true })).toHaveCount(2);
  const panel = page.getByRole('region', { name: '2 gekozen' });
  await expect(panel).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => v.id)).toEqual([]);

  await chooseInPicker(page, 'Label toevoegen aan de gekozen', 'lange', 'Lange adem');
  await expect(page.getByText('2 items gewijzigd')).toBeVisible();
  await chooseInPicker(page, 'De gekozen citaten aan een les koppelen', 'termijn', 'Kies voor de lange termijn');
  await expect.poll(async () => (await api(app, 'lessons.get', { id: lesson.id })).evidenceCount).toBe(2);
  for (const id of [ids[0], ids[1]]) expect((await api(app, 'quotes.get', { id: id ?? '' })).tagIds).toEqual([tag.id]);
  expect((await api(app, 'quotes.get', { id: ids[2] ?? '' })).tagIds).toEqual([]);

  await panel.getByRole('button', { name: 'Alle 2 naar de prullenbak' }).click();
  await expect(page.getByText('2 items naar de prullenbak')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Klaar met kiezen' }).click();
  await expect(list).not.toHaveAttribute('aria-multiselectable', 'true');
});
