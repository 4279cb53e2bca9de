import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { autoBackup } from '../core/backup/backup';
import { useNativeBinding } from '../core/db/native-binding';
import { defaultLibraryDir } from '../core/library/library-path';
import { type Library, openLibrary, watchExternalChanges } from '../core/library/library';
import { forwardEvents, registerIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { APP_ORIGIN, registerAppScheme, serveRendererOverAppScheme } from './protocol';
import { hardenSessions } from './security';
import { createMainWindow } from './window';

/** Set by electron-vite in development (npm start); absent in a built or packaged app. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const ownOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const isOwnPage = (url: string) => {
  try {
    return new URL(url).origin === ownOrigin;
  } catch {
    return false;
  }
};

function libraryDirFromArgs(): string {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { library: { type: 'string' } }, strict: false });
  return typeof values.library === 'string' ? values.library : defaultLibraryDir();
}

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let library: Library | null = null;

async function start(): Promise<void> {
  hardenSessions(isOwnPage, devServerUrl ? ownOrigin : undefined);
  useNativeBinding(electronNativeBinding());
  library = await openLibrary(libraryDirFromArgs());
  watchExternalChanges(library);
  registerIpc(library, isOwnPage);
  if (!devServerUrl) serveRendererOverAppScheme(join(import.meta.dirname, '../renderer'));
  const window = createMainWindow(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  const stopForwarding = forwardEvents(library, window.webContents);
  window.on('closed', stopForwarding);
  // Search lives in the library file; only changes not yet indexed (after a crash, an upgrade
  // or a write by another program) are worked off, in steps between requests.
  const opened = library;
  void opened.changes.catchUp();
  // Linking is needed later (when a quote is made); let the first screens load before it.
  setTimeout(() => void opened.linking.buildInBackground(), 1500);
  // One automatic backup a day, the last fourteen kept.
  setTimeout(() => void autoBackup(opened).catch((error: unknown) => console.error('[wijkgeheugen] auto backup failed:', error)), 5000);
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.whenReady().then(start).catch((error: unknown) => {
  dialog.showErrorBox('Wijkgeheugen kon niet starten', error instanceof Error ? error.message : String(error));
  app.quit();
});

app.on('window-all-closed', () => {
  library?.close();
  library = null;
  app.quit();
});
