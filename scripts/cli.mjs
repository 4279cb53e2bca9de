#!/usr/bin/env node
/**
 * `npm run cli -- …`: runs the built command line (out/node/cli.js), building it first when a
 * source file is newer. For scripts and speed, call `node out/node/cli.js …` directly.
 */
import { buildNode, isStale, outDir } from './build-node.mjs';

if (isStale()) await buildNode();
await import(`${outDir}/cli.js`);
