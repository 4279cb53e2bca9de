import { api } from './api';
import { expect, test } from './fixtures';
import { selectInReader } from './reader';

/**
 * The app as the README shows it: a source being annotated, a lesson's dossier, a profile and the
 * overview, at 1440x900 and 1024x700, light and dark. Written to test-results/screenshots; with
 * WG_SCREENSHOTS=docs they replace the ones in docs/screenshots.
 */
const OUT = process.env.WG_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the main views (${scheme})`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await api(app, 'library.loadExample', {});
    await page.goto(app.url);
    const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    const shoot = async (view: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const file = `${OUT}/${view}-${scheme}-${size.width}x${size.height}.png`;
        const image = await page.screenshot({ path: file });
        expect(image.length, file).toBeGreaterThan(10_000);
      }
      await page.setViewportSize(SIZES[0]);
    };

    await nav('Bronnen');
    await page.getByRole('main').getByRole('listbox').getByRole('option').first().click();
    const reader = page.getByLabel('Tekst van de bron', { exact: true }).last();
    await expect(reader).toBeVisible();
    const sentence = ((await reader.textContent()) ?? '').split(/(?<=\.)\s/).find((s) => s.length > 40) ?? '';
    await selectInReader(page, sentence.trim());
    await page.getByRole('button', { name: 'Citaat maken van selectie' }).click();
    await expect(page.getByRole('complementary', { name: 'Citaat naast de tekst' }).getByRole('region', { name: 'Eerder gehoord' })).toBeVisible();
    await shoot('source-annotating');
    await page.getByRole('complementary', { name: 'Citaat naast de tekst' }).getByRole('button', { name: 'Sluiten' }).click();

    await nav('Lessen');
    await page.getByRole('main').getByRole('listbox').getByRole('option').first().click();
    await expect(page.getByRole('region', { name: 'Door de jaren heen' })).toBeVisible();
    await shoot('lesson-dossier');

    await nav('Profielen');
    await page.getByRole('main').getByRole('listbox').getByRole('option').first().click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await shoot('profile');

    await nav('Terugkerend');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shoot('overview');
  });
}
