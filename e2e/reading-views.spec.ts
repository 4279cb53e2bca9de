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
