import { api } from './api';
import { expect, test } from './fixtures';

/** A library of a researcher of many years: 20,000 quotes, 1,600 people, a lesson with 1,500+ quotes. */
test.use({ generatedQuotes: 20_000 });
test.describe.configure({ timeout: 180_000 });

test('the Citaten list scrolls to the last of 20,000 rows', async ({ page, app }) => {
  // The last row of the list (newest first) is the first in the opposite order.
  const [last] = (await api(app, 'quotes.list', { sort: 'dateSaid', direction: 'asc', limit: 1 })).items;
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  const list = page.getByRole('listbox', { name: 'Citaten' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await list.focus();
  const selected = list.locator('[aria-selected="true"]');
  const selectedId = async () => ((await selected.count()) > 0 ? selected.first().getAttribute('id') : null);
  // End goes to the last row loaded; the next page loads as it comes into view, and End again.
  const target = `option-${last?.id}`;
  for (let pages = 0; pages < 200 && (await selectedId()) !== target; pages++) {
    const before = await selectedId();
    // Press End until the selection moves on: the next page has arrived.
    await expect(async () => {
      await page.keyboard.press('End');
      expect(await selectedId()).not.toBe(before);
    }).toPass({ timeout: 15_000, intervals: [100, 250, 500] });
  }
  expect(await selectedId()).toBe(target);
  await expect(list.locator(`#${target}`)).toBeInViewport();
});

test('a lesson with more than 500 quotes shows them all', async ({ page, app }) => {
  const lessons = (await api(app, 'lessons.list', { limit: 100 })).items;
  const busiest = lessons.reduce((a, b) => (b.evidenceCount > a.evidenceCount ? b : a));
  expect(busiest.evidenceCount).toBeGreaterThan(500);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByLabel('Filter', { exact: true }).fill(busiest.title);
  await page.getByRole('option', { name: new RegExp(busiest.title) }).click();
  const evidence = page.getByRole('region', { name: 'Bewijs' });
  await expect(evidence.getByRole('heading')).toContainText(String(busiest.evidenceCount));
  const scroller = evidence.locator('.evidence-list');
  const lastRow = evidence.locator(`li[aria-posinset="${busiest.evidenceCount}"]`);
  for (let tries = 0; tries < 100 && !(await lastRow.isVisible()); tries++) {
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(60);
  }
  await expect(lastRow).toBeVisible();
});

test('the speaker picker finds the 1,500th person by typing', async ({ page, app }) => {
  let after: string | undefined;
  const people: { id: string; name: string }[] = [];
  while (people.length < 1500) {
    const pageOfPeople = await api(app, 'people.list', { sort: 'createdAt', limit: 500, ...(after ? { after } : {}) });
    people.push(...pageOfPeople.items);
    after = pageOfPeople.next ?? undefined;
  }
  const person = people[1499];
  expect(person).toBeDefined();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Citaten', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw citaat' }).click();
  const picker = page.getByRole('combobox', { name: 'Spreker' });
  await picker.fill(person?.name ?? '');
  await page.getByRole('listbox', { name: 'Spreker' }).getByRole('option', { name: person?.name, exact: true }).click();
  await expect(picker).toHaveValue(person?.name ?? '');
});
