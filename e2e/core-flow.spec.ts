import { api, quoteOf } from './api';
import { expect, test } from './fixtures';
import { selectInReader } from './reader';
import { chooseInPicker } from './pickers';

const interview = [
  'Gesprek met Anna de Wit, wijkregisseur in Rotterdam-Zuid, maart 2007.',
  '',
  'Wat ik iedere nieuwe wethouder vertel: stop met experimenteren. We hebben twintig pilots gehad en geen één is structureel geworden.',
  'Kies voor de lange termijn, want een wijk verander je niet in één collegeperiode.',
].join('\n');

test('create a person, a source with pasted text, a lesson and a quote linked to both; all survive a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Je bibliotheek is nog leeg' })).toBeVisible();
  await expect(page).not.toHaveURL(/token=/); // the token left the address bar

  // A person, with a role over time.
  await page.getByRole('button', { name: 'Profielen' }).click();
  await page.getByRole('button', { name: 'Nieuw profiel' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Anna de Wit');
  await page.getByRole('button', { name: 'Rol toevoegen' }).click();
  await page.getByLabel('Rol', { exact: true }).fill('wijkregisseur');
  await page.getByLabel('Organisatie', { exact: true }).fill('Gemeente Rotterdam');
  await page.getByLabel('Van', { exact: true }).fill('2004');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('option', { name: /Anna de Wit/ })).toBeVisible();

  // A source with pasted text and Anna as interviewee.
  await page.getByRole('button', { name: 'Bronnen' }).click();
  await page.getByRole('button', { name: 'Nieuwe bron' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Gesprek in Rotterdam-Zuid');
  await page.getByLabel('Datum', { exact: true }).fill('2007-03');
  await page.getByRole('combobox', { name: 'Betrokkene toevoegen' }).fill('anna');
  await page.getByRole('listbox', { name: 'Betrokkene toevoegen' }).getByRole('option', { name: 'Anna de Wit' }).click();
  await expect(page.getByRole('combobox', { name: 'Naam' })).toHaveValue('Anna de Wit');
  await page.getByLabel('Tekst', { exact: true }).fill(interview);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('option', { name: /Gesprek in Rotterdam-Zuid/ })).toBeVisible();

  // A lesson with another phrasing.
  await page.getByRole('button', { name: 'Lessen' }).click();
  await page.getByRole('button', { name: 'Nieuwe les' }).click();
  await page.getByLabel('Les', { exact: true }).fill('Stop met experimenteren');
  await page.getByLabel('Andere formuleringen').fill('Geen pilots meer');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('option', { name: /Stop met experimenteren/ })).toBeVisible();

  // Select a passage in the source reader and turn it into a quote.
  await page.getByRole('button', { name: 'Bronnen' }).click();
  await page.getByRole('option', { name: /Gesprek in Rotterdam-Zuid/ }).click();
  await expect(page.getByLabel('Tekst van de bron', { exact: true }).last()).toContainText('stop met experimenteren');
  const passage = 'stop met experimenteren. We hebben twintig pilots gehad';
  await selectInReader(page, passage);
  await page.getByRole('button', { name: 'Citaat maken van selectie' }).click();

  // The quote is made beside the text, which stays where it was.
  const panel = page.getByRole('complementary', { name: 'Citaat naast de tekst' });
  await expect(panel.getByRole('heading', { name: 'Nieuw citaat' })).toBeVisible();
  await expect(panel.getByLabel('Passage (letterlijk uit de bron)')).toHaveText(passage);
  await page.getByRole('combobox', { name: 'Spreker' }).fill('anna de');
  await page.getByRole('listbox', { name: 'Spreker' }).getByRole('option', { name: 'Anna de Wit' }).click();
  await expect(page.getByRole('combobox', { name: 'Spreker' })).toHaveValue('Anna de Wit');
  await chooseInPicker(page, 'Les koppelen', 'experim', 'Stop met experimenteren');
  await expect(panel.getByRole('checkbox', { name: 'Stop met experimenteren' })).toBeChecked();
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`Citaat openen: ${passage}`) })).toBeVisible();

  // Reload: the token stays with the tab, and everything is still there.
  await page.reload();
  await page.getByRole('button', { name: 'Citaten' }).click();
  const row = page.getByRole('option', { name: new RegExp(passage) });
  await expect(row).toContainText('Anna de Wit');
  await expect(row).toContainText('2007-03');
  await row.click();
  // The quote opens as it is read: its lessons with their stance.
  await expect(page.getByRole('article').getByRole('region', { name: 'Lessen' })).toContainText('ondersteunt: Stop met experimenteren');

  await page.getByRole('button', { name: 'Lessen' }).click();
  await page.getByRole('option', { name: /Stop met experimenteren/ }).click();
  await expect(page.getByText('1 citaat als bewijs').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bewijs' })).toContainText(passage);

  await page.getByRole('button', { name: 'Profielen' }).click();
  await page.getByRole('option', { name: /Anna de Wit/ }).click();
  await expect(page.getByRole('article', { name: 'Anna de Wit' }).getByRole('region', { name: 'Rollen door de jaren' })).toContainText('wijkregisseur');
});

test('an impossible date is refused with a clear message and nothing is stored', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Eerste bron toevoegen' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Rapport');
  await page.getByLabel('Datum', { exact: true }).fill('2007-13');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(/moet bestaan/).first()).toBeVisible();
  await expect(page.getByText('0 items')).toBeVisible();
});

test('delete goes to the trash with undo, and the trash restores', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Lessen' }).click();
  await page.getByRole('button', { name: 'Nieuwe les' }).click();
  await page.getByLabel('Les', { exact: true }).fill('Kies voor de lange termijn');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // The trash is in the item's menu, opened with the keyboard: the menu takes focus, Enter chooses.
  await page.getByRole('button', { name: 'Meer acties' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Link kopiëren' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 items')).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('option', { name: /Kies voor de lange termijn/ })).toBeVisible();

  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  await page.getByRole('button', { name: 'Meer acties' }).click();
  await page.getByRole('menuitem', { name: 'Naar prullenbak' }).click();
  await page.getByRole('button', { name: 'Prullenbak', exact: true }).click();
  await page.getByRole('button', { name: 'Terugzetten: Kies voor de lange termijn' }).click();
  await expect(page.getByText('De prullenbak is leeg.')).toBeVisible();
  await page.getByRole('button', { name: 'Lessen' }).click();
  await expect(page.getByRole('option', { name: /Kies voor de lange termijn/ })).toBeVisible();
});

test('the interface switches to English and back', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('button', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your library is still empty' })).toBeVisible();
  await page.getByLabel('Language').selectOption('nl');
  await expect(page.getByRole('button', { name: 'Bronnen' })).toBeVisible();
});

test('lists are keyboard navigable', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Labels' }).click();
  for (const name of ['Amsterdam', 'Rotterdam']) {
    await page.getByRole('button', { name: 'Nieuw label' }).click();
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('option', { name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole('listbox', { name: 'Labels' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('option', { name: /Amsterdam/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: /Rotterdam/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article', { name: 'Rotterdam' })).toBeVisible();
});

test('every page and item has an address: Back, Forward and reload return to the same item', async ({ page, app }) => {
  const lesson = await api(app, 'lessons.create', { title: 'Kies voor de lange termijn' });
  const quote = await quoteOf(app, 'Een wijk verander je niet in één collegeperiode.', { date: '2010' });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Lessen' }).click();
  await page.getByRole('option', { name: /Kies voor de lange termijn/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/lessons/${lesson.id}$`));
  await page.getByRole('navigation').getByRole('button', { name: 'Citaten' }).click();
  await page.getByRole('option', { name: /collegeperiode/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/quotes/${quote.id}$`));

  await page.goBack();
  await expect(page).toHaveURL(/#\/quotes$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/lessons/${lesson.id}$`));
  await expect(page.getByRole('article', { name: 'Kies voor de lange termijn' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { name: /collegeperiode/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /collegeperiode/ })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Citaten' })).toHaveAttribute('aria-current', 'page');
});
