import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron-ABI build of better-sqlite3, made by scripts/prepare-electron-native.mjs into
 * native/electron/ (development) and shipped as an extra resource (packaged app). The Node
 * build in node_modules stays untouched for tests, the CLI and browser mode.
 */
export function electronNativeBinding(): string {
  const file = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(`De SQLite-module voor Electron ontbreekt (${file}). Voer \`npm start\` uit; dat bouwt haar eerst.`);
  }
  return file;
}
