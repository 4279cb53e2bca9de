import type { Page } from '@playwright/test';
import { makeDocx, makePdf } from '../electron/core/test-support/files';
import { api } from './api';
import { expect, test } from './fixtures';

test('a note with an @mention and a #lesson shows up as "Genoemd in" on the profile and the lesson', async ({ page, app }) => {
  const anna = await api(app, 'people.create', { name: 'Anna de Wit' });
  const lesson = await api(app, 'lessons.create', { title: 'Investeer in vertrouwen' });
  const source = await api(app, 'sources.create', { title: 'Gesprek Overvecht', date: '2013', text: 'Vertrouwen komt te voet.' });
  await page.goto(app.url);
  await page.getByRole('option', { name: /Gesprek Overvecht/ }).click();
  await page.getByRole('button', { name: 'Nieuwe notitie' }).click();
  const editor = page.getByRole('textbox', { name: 'Notitie 1 bij Gesprek Overvecht' });
  await editor.click();
  await page.keyboard.type('Gesproken met @Ann');
  await page.getByRole('listbox', { name: 'Verwijzing kiezen' }).getByRole('option', { name: /Anna de Wit/ }).click();
  await page.keyboard.type(' over #vertr');
  await page.getByRole('listbox', { name: 'Verwijzing kiezen' }).getByRole('option', { name: /Investeer in vertrouwen/ }).click();
  await page.keyboard.type(' — komt steeds terug.');
  await expect(editor.locator('.item-mention')).toHaveCount(2);
  await expect(page.getByText('Opgeslagen').last()).toBeVisible();

  await expect.poll(async () => (await api(app, 'notes.list', { targetKind: 'source', targetId: source.id })).items[0]?.links.length).toBe(2);
  await page.getByRole('button', { name: 'Profielen', exact: true }).click();
  await page.getByRole('option', { name: /Anna de Wit/ }).click();
  const onProfile = page.getByRole('region', { name: 'Genoemd in' });
  await expect(onProfile).toContainText('Gesprek Overvecht');
  await expect(onProfile).toContainText('komt steeds terug');
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Investeer in vertrouwen/ }).click();
  await expect(page.getByRole('region', { name: 'Genoemd in' })).toContainText('Gesprek Overvecht');
  expect(anna.id && lesson.id).toBeTruthy();
});

const HOSTILE_HTML = [
  '<p>Kop</p><script>window.__canary = "script"</script>',
  '<img src="x" onerror="window.__canary = \'onerror\'">',
  '<svg onload="window.__canary = \'svg\'"><circle r="1"/></svg>',
  '<a href="javascript:window.__canary=\'js-link\'">klik js</a>',
  '<a href="file:///etc/passwd">klik file</a>',
  '<a href="https://example.org/ok">goede link</a>',
  '<iframe src="javascript:window.top.__canary=\'iframe\'"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__canary=\'mxss\'"></style></mglyph></table></mtext></math>',
  '<form action="javascript:alert(1)"><button>Verstuur</button></form>',
].join('');

const HOSTILE_LEXICAL = JSON.stringify({
  namespace: 'wijkgeheugen-note',
  nodes: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'link', url: 'javascript:window.__canary="lexical"', version: 1, direction: null, format: '', indent: 0, rel: null, target: null, title: null, children: [{ type: 'text', text: 'lexical kwaad', version: 1, detail: 0, format: 0, mode: 'normal', style: '' }] }] }],
});

async function paste(page: Page, label: string, data: Record<string, string>) {
  await page.getByRole('textbox', { name: label }).evaluate((element, payload) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(payload)) transfer.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

test('a hostile corpus pasted into a note (HTML and Lexical JSON) and imported through every importer runs nothing and leaves no bad link', async ({ page, app }) => {
  // Chromium reports the blocked handlers even while parsing into an inert document: the CSP
  // saying no is expected here; any other error still fails the test.
  app.allowConsole(/violates the following Content Security Policy directive/);
  await api(app, 'lessons.create', { title: 'Veiligheid eerst' });
  await page.goto(app.url);
  await page.evaluate(() => ((window as { __canary?: unknown }).__canary = undefined));
  await page.getByRole('button', { name: 'Lessen', exact: true }).click();
  await page.getByRole('option', { name: /Veiligheid eerst/ }).click();
  await page.getByRole('button', { name: 'Nieuwe notitie' }).click();
  const label = 'Notitie 1 bij Veiligheid eerst';
  await page.getByRole('textbox', { name: label }).click();
  await paste(page, label, { 'text/html': HOSTILE_HTML, 'text/plain': 'kwaad' });
  await paste(page, label, { 'application/x-lexical-editor': HOSTILE_LEXICAL, 'text/plain': 'lexical als tekst' });
  await expect(page.getByRole('textbox', { name: label })).toContainText('goede link');
  await expect(page.getByRole('textbox', { name: label })).toContainText('lexical als tekst');

  // And the same corpus as a file through every importer, each then opened in the reader.
  await page.getByRole('button', { name: 'Bronnen', exact: true }).click();
  const lines = HOSTILE_HTML.split('><').map((part, i, all) => (i > 0 ? '<' : '') + part + (i < all.length - 1 ? '>' : ''));
  const files = [
    { name: 'kwaad-html.html', mimeType: 'text/html', buffer: Buffer.from(`<html><body>${HOSTILE_HTML}</body></html>`) },
    { name: 'kwaad-txt.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) },
    { name: 'kwaad-md.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Kwaad\n\n[klik](javascript:window.__canary='md')\n\n${HOSTILE_HTML}`) },
    { name: 'kwaad-docx.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(await makeDocx(lines, { title: '<script>window.__canary="docx"</script>' })) },
    { name: 'kwaad-vtt.vtt', mimeType: 'text/vtt', buffer: Buffer.from(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>${HOSTILE_HTML}\n`) },
    { name: 'kwaad-srt.srt', mimeType: 'application/x-subrip', buffer: Buffer.from(`1\n00:00:01,000 --> 00:00:02,000\nBram: ${HOSTILE_HTML}\n`) },
    { name: 'kwaad-pdf.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf(lines, '<img src=x onerror=alert(1)>')) },
  ];
  await page.getByLabel('Bestand inlezen').setInputFiles(files);
  await expect(page.getByText('7 items')).toBeVisible();
  for (const option of await page.getByRole('listbox', { name: 'Bronnen' }).getByRole('option').all()) {
    await option.click();
    await expect(page.getByLabel('Tekst van de bron', { exact: true }).last()).toBeVisible();
  }

  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as { __canary?: unknown }).__canary)).toBeUndefined();
  const bad = await page.evaluate(() => ({
    // Links from content only: the app's own skip link ("#inhoud") is not user text.
    links: [...document.querySelectorAll('a[href]:not(.skip-link)')].map((a) => a.getAttribute('href') ?? '').filter((href) => !/^(https?:|mailto:)/i.test(href)),
    frames: document.querySelectorAll('iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((attr) => attr.name.startsWith('on'))).length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
  }));
  expect(bad).toEqual({ links: [], frames: 0, handlers: 0, scripts: 0 });
  // The stored note has no unsafe link either.
  await expect.poll(async () => JSON.stringify((await api(app, 'notes.list', {})).items.map((n) => n.doc))).not.toMatch(/javascript:|file:/);
});

test('a collection exports to HTML after showing who is pseudonymised', async ({ page, app }) => {
  await api(app, 'library.loadExample', {});
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Collecties', exact: true }).click();
  await page.getByRole('option', { name: /tien lessen met bewijs/ }).click();
  const panel = page.getByRole('region', { name: 'Exporteren' });
  await expect(panel.getByRole('note', { name: 'Privacy bij export' })).toContainText('Fatima El Amrani → Bewoner Overvecht');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'HTML' }).click()]);
  expect(download.suggestedFilename()).toBe('Wat werkt in de wijkaanpak tien lessen met bewijs, 1998–2025.html');
  const html = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  expect(html).toContain('<h1>Wat werkt in de wijkaanpak: tien lessen met bewijs, 1998–2025</h1>');
  expect(html).not.toContain('Fatima');
});
