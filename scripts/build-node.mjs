#!/usr/bin/env node
/**
 * Builds the command line, browser mode's server and the library's host process (with its
 * worker threads) into out/node/ as plain JavaScript, so they start without transpiling
 * anything: `node out/node/cli.js stats` is ready in a fraction of a second. Dependencies stay in
 * node_modules (not bundled). Imported by the launchers, or run on its own
 * (`node scripts/build-node.mjs`); with `--if-stale` it builds only when a source is newer.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const outDir = join(root, 'out/node');

const ENTRIES = {
  cli: 'electron/cli/main.ts',
  server: 'electron/server/start.ts',
  host: 'electron/core/host/host-entry.ts',
  'export-worker': 'electron/core/export/export-worker.ts',
  'read-import-worker': 'electron/core/io/read-import-worker.ts',
};

/** The newest modification time of any file below `dir`. */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isStale() {
  const built = Object.keys(ENTRIES).map((name) => join(outDir, `${name}.js`));
  if (!built.every((file) => existsSync(file))) return true;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return Math.max(newestMtime(join(root, 'electron')), newestMtime(join(root, 'shared')), statSync(join(root, 'package.json')).mtimeMs) > oldest;
}

export async function buildNode() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Top-level await and import.meta.dirname are used as written: ESM on Node 20.11+.
    banner: { js: "import { createRequire as __wgCreateRequire } from 'node:module'; const require = __wgCreateRequire(import.meta.url);" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--if-stale') || isStale()) await buildNode();
}
