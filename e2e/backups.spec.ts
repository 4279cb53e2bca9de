import { api } from './api';
import { expect, test } from './fixtures';

test('make a backup, change the library, and put the backup back from the app', async ({ page, app }) => {
  await api(app, 'lessons.create', { title: 'Stond er al' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Back-ups', exact: true }).click();
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  await expect(page.getByText(/Back-up gemaakt:/)).toBeVisible();
  await api(app, 'lessons.create', { title: 'Kwam later' });
  const row = page.getByRole('listitem').filter({ hasText: 'handmatig' }).first();
  await row.getByRole('button', { name: /Terugzetten/ }).click();
  await row.getByRole('button', { name: 'Ja, deze terugzetten' }).click();
  await expect(page.getByText(/Teruggezet\. De vorige stand is bewaard/)).toBeVisible();
  expect((await api(app, 'lessons.list', {})).items.map((l) => l.title)).toEqual(['Stond er al']);
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await expect(page.getByRole('option', { name: /Stond er al/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Kwam later/ })).toHaveCount(0);
});
