import pg from 'pg';
import { initTeamServer } from '../electron/core/team/admin';
import { queueEverything, setTeamState } from '../electron/core/team/local-state';
import { syncLibrary } from '../electron/core/team/sync';
import { postgresBinDir, startTestPostgres } from '../electron/core/team/test-support/postgres';
import { openTestLibrary } from '../electron/core/test-support/temp-library';
import { api } from './api';
import { expect, test } from './fixtures';

const bin = postgresBinDir();

test('a researcher connects the library to the team server, and resolves a conflict with a colleague’s edit side by side', async ({ page, app }) => {
  test.skip(!bin, 'PostgreSQL 15+ is not installed (apt-get install postgresql)');
  const server = await startTestPostgres(bin as string);
  const bram = await openTestLibrary();
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query("CREATE ROLE anna LOGIN PASSWORD 'anna-geheim'");
    await admin.query("CREATE ROLE bram LOGIN PASSWORD 'bram-geheim'");
    await initTeamServer(admin, 'buurtteam', ['anna', 'bram']);
    await admin.end();

    await api(app, 'library.loadExample', {});
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Teambibliotheek', exact: true }).click();
    await page.getByRole('textbox', { name: 'Server' }).fill(`postgres://anna@127.0.0.1:${server.port}/postgres?sslmode=disable`);
    await page.getByRole('textbox', { name: 'Team', exact: true }).fill('buurtteam');
    await page.getByLabel('Wachtwoord').fill('anna-geheim');
    await page.getByRole('button', { name: 'Verbinden' }).click();
    const status = page.getByRole('status').filter({ hasText: /^bij$/ });
    await expect(status).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Verbonden en gesynchroniseerd.')).toBeVisible();
    await page.screenshot({ path: 'test-results/team-settings.png' });

    // Bram joins from his own library and gets everything Anna had.
    const bramLogin = { url: `postgres://bram@127.0.0.1:${server.port}/postgres?sslmode=disable`, password: 'bram-geheim' };
    bram.library.db.transaction(() => {
      setTeamState(bram.library.db, { server: bramLogin.url, team: 'buurtteam' });
      queueEverything(bram.library.db);
    })();
    await syncLibrary(bram.library, bramLogin, 'buurtteam');
    const quote = (await api(app, 'quotes.list', { limit: 1 })).items[0];
    if (!quote) throw new Error('no quote');
    expect((await bram.call('quotes.get', { id: quote.id })).text).toBe(quote.text);

    // Both annotate the same quote; Bram's arrives first.
    await bram.call('quotes.update', { id: quote.id, annotation: 'Bram: dit is de kern van het interview.' });
    await syncLibrary(bram.library, bramLogin, 'buurtteam');
    await api(app, 'quotes.update', { id: quote.id, annotation: 'Anna: terugkerend sinds 1998.' });
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    const conflict = page.getByRole('listitem', { name: /^Citaat: / });
    await expect(conflict).toBeVisible({ timeout: 30_000 });
    await expect(conflict).toContainText('Anna: terugkerend sinds 1998.');
    await expect(conflict).toContainText('Bram: dit is de kern van het interview.');
    await expect(conflict).toContainText('Ook gewijzigd door bram');
    await page.screenshot({ path: 'test-results/team-conflicts.png', fullPage: true });
    await conflict.getByRole('button', { name: 'Versie van bram nemen' }).click();
    await expect(page.getByText('Geen conflicten.')).toBeVisible();
    expect((await api(app, 'quotes.get', { id: quote.id })).annotation).toBe('Bram: dit is de kern van het interview.');
  } finally {
    bram.cleanup();
    server.stop();
  }
});
