#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, without
 * touching node_modules/better-sqlite3 (the Node build that tests, the CLI and browser mode
 * load). The Electron main process loads this file through better-sqlite3's nativeBinding
 * option. Runs before `npm start` and `npm run dist`; does nothing when the build is current.
 *
 * How: copy the package to a scratch folder, then (1) fetch the prebuilt binary for this
 * Electron version, as better-sqlite3's own install does for Node, or (2) compile it against
 * Electron's headers with node-gyp. Both need the network once; later runs are offline.
 *
 * Options (for offline machines and for testing the pipeline):
 *   --runtime electron|node   default electron
 *   --target VERSION          default: the installed electron package's version
 *   --nodedir DIR             headers already on disk (skips downloads)
 *   --out DIR                 default native/electron
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const { values } = parseArgs({
  options: {
    runtime: { type: 'string', default: 'electron' },
    target: { type: 'string' },
    nodedir: { type: 'string' },
    out: { type: 'string' },
  },
});

const electronVersion = readJson(join(root, 'node_modules/electron/package.json')).version;
const sqliteDir = join(root, 'node_modules/better-sqlite3');
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
const runtime = values.runtime;
const target = values.target ?? electronVersion;
const outDir = resolve(values.out ?? join(root, 'native', 'electron'));
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'build.json');
const wanted = { runtime, target, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };

if (existsSync(outFile) && existsSync(stampFile) && JSON.stringify(readJson(stampFile)) === JSON.stringify(wanted)) {
  console.log(`SQLite voor ${runtime} ${target} is al gebouwd (${outFile}).`);
  process.exit(0);
}

/** npm runs scripts with the node-gyp it ships; outside npm, find npm's copy next to node. */
function nodeGypScript() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
    join(dirname(process.execPath), 'node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ];
  return candidates.find((file) => file && existsSync(file));
}

/** Environment without npm's nodedir setting, which would make node-gyp use Node's headers. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  return env;
}

function attempt(label, command, args, cwd) {
  try {
    console.log(`→ ${label}`);
    execFileSync(command, args, { cwd, stdio: 'inherit', env: cleanEnv() });
    return existsSync(join(cwd, 'build/Release/better_sqlite3.node'));
  } catch {
    console.log(`  (${label} lukte niet)`);
    return false;
  }
}

const work = mkdtempSync(join(tmpdir(), 'wg-native-'));
const pkgDir = join(work, 'better-sqlite3');
try {
  cpSync(sqliteDir, pkgDir, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
  const common = [`--target=${target}`, `--arch=${process.arch}`];
  let built = false;
  if (!values.nodedir) {
    const prebuild = createRequire(join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
    built = attempt('kant-en-klare module ophalen', process.execPath, [prebuild, `--runtime=${runtime}`, ...common, `--platform=${process.platform}`], pkgDir);
  }
  if (!built) {
    const gyp = nodeGypScript();
    if (!gyp) throw new Error('node-gyp niet gevonden (het hoort bij npm).');
    const headers = values.nodedir
      ? [`--nodedir=${values.nodedir}`]
      : runtime === 'electron'
        ? ['--dist-url=https://electronjs.org/headers', '--runtime=electron']
        : [];
    built = attempt('compileren tegen de headers', process.execPath, [gyp, 'rebuild', '--release', ...common, ...headers], pkgDir);
  }
  if (!built) {
    throw new Error(
      `kon better-sqlite3 niet voor ${runtime} ${target} bouwen. Dit heeft één keer internet nodig ` +
        '(GitHub voor de kant-en-klare module of electronjs.org voor de headers). ' +
        'Zonder Electron werkt Wijkgeheugen ook in de browser: npm run serve',
    );
  }
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(pkgDir, 'build/Release/better_sqlite3.node'), outFile);
  writeFileSync(stampFile, `${JSON.stringify(wanted)}\n`);
  console.log(`SQLite voor ${runtime} ${target} staat klaar: ${outFile}`);
} catch (error) {
  console.error(`Wijkgeheugen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
