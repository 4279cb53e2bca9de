import { defineConfig } from '@playwright/test';

/**
 * End to end in browser mode: each test starts `electron/server/start.ts` on its own temporary
 * library and a free port (e2e/fixtures.ts) and drives the built renderer in Debian's Chromium.
 * `npx playwright install` cannot download browsers here, so the system Chromium is used.
 */
export const CHROMIUM = process.env.WG_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
  use: {
    headless: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
});
