import AxeBuilder from '@axe-core/playwright';
import { api } from './api';
import { expect, test } from './fixtures';

/** axe-core (WCAG 2.1 A and AA rules, and best practices) on every page of the navigation, with the example library. */
const PAGES = [
  'Zoeken',
  'Bronnen',
  'Citaten',
  'Lessen',
  'Terugkerend',
  'Ontdekken',
  'Verwante woorden',
  'Profielen',
  'Labels',
  'Collecties',
  'Uitwisselen',
  'Teambibliotheek',
  'Prullenbak',
  'Back-ups',
] as const;

test('the first Tab reaches a skip link that moves focus past the navigation', async ({ page, app }) => {
  await page.goto(app.url);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  test(`the main pages and an open quote, lesson, source, profile and label, a menu and a hint, have no accessibility violations at all (${scheme})`, async ({ page, app }) => {
    // Nineteen axe runs over a full page each: slow on two cores beside another worker.
    test.setTimeout(180_000);
    // The dark theme follows the system: colour contrast is checked in both.
    await page.emulateMedia({ colorScheme: scheme });
    await api(app, 'library.loadExample', {});
    await page.goto(app.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const found: string[] = [];
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of results.violations) found.push(`${where}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${v.nodes[0]?.target.join(' ') ?? ''}`);
    };
    for (const name of PAGES) {
      await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('listbox')).first()).toBeVisible();
      await check(name);
    }
    for (const name of ['Citaten', 'Lessen', 'Bronnen', 'Profielen', 'Labels'] as const) {
      await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
      await page.getByRole('main').getByRole('listbox').getByRole('option').first().click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await check(`${name} (item open)`);
    }
    // The item's menu and a hint, open.
    await page.getByRole('button', { name: 'Meer acties' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await check('item menu');
    // Escape gives focus back to the menu's button; Shift+Tab reaches Bewerken, whose hint shows on keyboard focus.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Meer acties' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Bewerken' })).toBeFocused();
    await expect(page.getByRole('tooltip')).toHaveText('Bewerken (toets e)');
    await check('hint');
    expect(found).toEqual([]);
  });
}

test('the appearance can be chosen and is kept on this device', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByLabel('Weergave').selectOption({ label: 'Donker' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Weergave').selectOption({ label: 'Zoals het systeem' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
