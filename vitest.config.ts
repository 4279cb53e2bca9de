import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native addon: forks isolate it cleanly per file.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
