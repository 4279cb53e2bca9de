#!/usr/bin/env node
/**
 * Browser mode serves the built renderer (out/renderer). Before `npm run serve`, build it when
 * it is missing or older than any source file of renderer/ or shared/, so a fresh clone and an
 * edited checkout both just work, and an up-to-date build costs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestMtime } from './build-node.mjs';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'out/renderer/index.html');

const sourcesChanged = () => Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared'))) > statSync(built).mtimeMs;

if (!existsSync(built) || sourcesChanged()) {
  console.error('De gebruikersinterface wordt gebouwd…');
  const result = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
