#!/usr/bin/env node
/**
 * `npm start`: the app, and always something that works. Starts the Electron app when its
 * binary and its SQLite module can be had (both need the network once); otherwise says why in
 * one line and starts browser mode on the default library instead, opening the page in a
 * browser where one is available. Details of a failed preparation go to a log file, not the
 * terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const log = join(tmpdir(), 'wijkgeheugen-start.log');
const args = process.argv.slice(2);

function quietly(label, command, commandArgs, timeoutMs) {
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', timeout: timeoutMs });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  mkdirSync(tmpdir(), { recursive: true });
  writeFileSync(log, `== ${label}\n${output}\n`, { flag: 'a' });
  return result.status === 0;
}

/** The Electron binary: present, or downloaded now (Electron's own installer). */
function electronBinaryReady() {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  const present = () => existsSync(pathFile) && existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));
  if (present()) return true;
  if (process.env.WG_NO_ELECTRON_DOWNLOAD) return false;
  return quietly('electron download', process.execPath, [join(root, 'node_modules/electron/install.js')], 5 * 60_000) && present();
}

function startBrowserMode(reason) {
  console.log(`Wijkgeheugen start in browsermodus: ${reason} (details: ${log}).`);
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), ...args], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk) => {
    const text = String(chunk);
    process.stdout.write(text);
    const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(text)?.[0];
    if (url && !process.env.WG_NO_BROWSER) openBrowser(url);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function openBrowser(url) {
  const opener = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Open het adres hierboven in uw browser.'));
  child.unref();
}

writeFileSync(log, `npm start ${new Date().toISOString()}\n`);
if (!electronBinaryReady()) {
  startBrowserMode('het Electron-programma kon niet worden opgehaald (geen netwerk?)');
} else if (!quietly('SQLite for Electron', process.execPath, [join(root, 'scripts/prepare-electron-native.mjs')], 10 * 60_000)) {
  startBrowserMode('de SQLite-module voor Electron kon niet worden gebouwd');
} else {
  const child = spawn(join(root, 'node_modules/.bin/electron-vite'), ['dev', '--', ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
