import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { api } from './api';
import { expect, test } from './fixtures';

test('the library goes out as a REFI-QDA project and comes back in with a report; a codebook from another tool adds its codes as lessons', async ({ page, app }) => {
  await api(app, 'library.loadExample', {});
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Uitwisselen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitwisselen met andere programma’s' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Project exporteren (.qdpx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^wijkgeheugen-project-\d{4}-\d{2}-\d{2}\.qdpx$/);
  const qdpx = join(app.libraryDir, 'terug.qdpx');
  writeFileSync(qdpx, readFileSync(await download.path()));
  expect(readFileSync(qdpx).subarray(0, 2).toString()).toBe('PK');

  // The same project read back changes nothing and says so.
  await page.getByLabel('Project of codeboek inlezen…').setInputFiles(qdpx);
  const report = page.getByRole('region', { name: 'Ingelezen: terug.qdpx' });
  await expect(report).toContainText('15 bronnen');
  await expect(report).toContainText('Nieuw: 0');
  await expect(report).toContainText('conflicten: 0');
  await expect(report).toContainText('Alles uit het bestand heeft een plaats gekregen.');

  const codebook = join(app.libraryDir, 'taguette.qdc');
  writeFileSync(
    codebook,
    '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette"><Codes><Code guid="3f2504e0-4f89-41d3-9a0c-0305e82c3301" name="Informele netwerken" isCodable="true"><Description>Buurtbewoners helpen elkaar buiten de instanties om.</Description></Code></Codes></CodeBook>',
  );
  await page.getByLabel('Project of codeboek inlezen…').setInputFiles(codebook);
  await expect(page.getByRole('region', { name: 'Ingelezen: taguette.qdc' })).toContainText('Nieuw: 1');
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await expect(page.getByRole('option', { name: /Informele netwerken/ })).toBeVisible();
});

test('a Zotero BibTeX export chosen with its PDF becomes a source with the PDF’s text and its author as a profile', async ({ page, app }) => {
  const { makePdf } = await import('../electron/core/test-support/files');
  const bib = join(app.libraryDir, 'zotero.bib');
  const pdf = join(app.libraryDir, 'evaluatie.pdf');
  writeFileSync(bib, '@report{w2011, title = {Evaluatie krachtwijken Utrecht}, author = {Wójcik, Łukasz}, date = {2011-06}, institution = {Gemeente Utrecht}, file = {Volledige tekst:files/31/evaluatie.pdf:application/pdf}}');
  writeFileSync(pdf, makePdf(['Stop met experimenteren, zeiden de bewoners van Kanaleneiland.']));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Uitwisselen', exact: true }).click();
  await page.getByLabel('Verwijzingen inlezen…').setInputFiles([bib, pdf]);
  const report = page.getByRole('region', { name: 'Bronnen uit Zotero' });
  await expect(report).toContainText('1 bronnen ingelezen');
  await expect(report).toContainText('met de tekst uit evaluatie.pdf');
  await report.getByRole('button', { name: 'Evaluatie krachtwijken Utrecht' }).click();
  await expect(page.getByRole('region', { name: 'Tekst van de bron' })).toContainText('Stop met experimenteren, zeiden de bewoners van Kanaleneiland.');
  await page.getByRole('button', { name: 'Profielen', exact: true }).click();
  await expect(page.getByRole('option', { name: /Łukasz Wójcik/ })).toBeVisible();
});

test('a colleague’s bundle is sent in parts and merged, with a report; the same bundle again changes nothing', async ({ page, app }) => {
  // The colleague's library: the example, bundled as its collection.
  const { openTestLibrary } = await import('../electron/core/test-support/temp-library');
  const { renderBundle } = await import('../electron/core/export/bundle');
  const colleague = await openTestLibrary();
  let json: string;
  try {
    await colleague.call('library.loadExample', {});
    const [collection] = (await colleague.call('collections.list', {})).items;
    json = renderBundle(colleague.library.db, collection?.id ?? '');
  } finally {
    colleague.cleanup();
  }
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Collecties' }).click();
  await page.getByLabel('Bundel inlezen').setInputFiles({ name: 'collega.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByText(/^Bundel ingelezen: \d+ toegevoegd, 0 bijgewerkt, 0 conflicten/)).toBeVisible();
  const stats = await api(app, 'library.stats', {});
  expect(stats.quotes).toBeGreaterThan(20);
  await page.getByLabel('Bundel inlezen').setInputFiles({ name: 'collega.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByText('Bundel ingelezen: 0 toegevoegd, 0 bijgewerkt, 0 conflicten (nieuwste versie behouden).')).toBeVisible();
  expect(await api(app, 'library.stats', {})).toEqual(stats);
});
