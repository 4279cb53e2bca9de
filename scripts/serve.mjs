#!/usr/bin/env node
/**
 * `npm run serve -- --library PATH [--port N]`: browser mode from built JavaScript. Builds the
 * interface and the server first when a source is newer, so a fresh clone just works.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildNode, isStale, outDir } from './build-node.mjs';

const ensured = spawnSync(process.execPath, [resolve(import.meta.dirname, 'ensure-renderer-build.mjs')], { stdio: 'inherit' });
if (ensured.status !== 0) process.exit(ensured.status ?? 1);
if (isStale()) await buildNode();
await import(`${outDir}/server.js`);
