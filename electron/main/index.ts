import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HostClient } from '../core/host/host-client';
import { utilityHostSpawner } from './host-process';
import { forwardEvents, registerIpc } from './ipc';
import { keychainSealer } from './keychain';
import { electronNativeBinding } from './native-binding';
import { APP_ORIGIN, registerAppScheme, serveRendererOverAppScheme } from './protocol';
import { hardenSessions } from './security';
import { createMainWindow } from './window';
import { parseUrl } from '../../shared/text/parse-url';

/** Set by electron-vite in development (npm start); absent in a built or packaged app. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const ownOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const isOwnPage = (url: string) => parseUrl(url)?.origin === ownOrigin;

/** --library as given; without it the library's own process takes the default folder. */
function libraryDirFromArgs(): string | null {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { library: { type: 'string' } }, strict: false });
  return typeof values.library === 'string' ? values.library : null;
}

registerAppScheme();
const isFirstInstance = app.requestSingleInstanceLock();

let core: HostClient | null = null;

async function start(): Promise<void> {
  hardenSessions(isOwnPage, devServerUrl ? ownOrigin : undefined);
  // The library, search, linking, imports, exports and backups live in a utility process.
  core = new HostClient(utilityHostSpawner(libraryDirFromArgs(), electronNativeBinding()), { sealer: keychainSealer });
  await core.start();
  registerIpc(core, isOwnPage);
  // The renderer over app:// (from the dev server in development) and exports' files by their download id.
  const host = core;
  serveRendererOverAppScheme(devServerUrl ? null : join(import.meta.dirname, '../renderer'), (id) => host.exportedFile(id));
  const window = createMainWindow(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  const stopForwarding = forwardEvents(core, window.webContents);
  window.on('closed', stopForwarding);
}

if (!isFirstInstance) {
  // Another window of Wijkgeheugen is open: it is brought forward, this one stops here.
  app.quit();
} else {
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
    const closing = core;
    core = null;
    // The library is closed by its own process before the app quits.
    void (closing ? closing.close() : Promise.resolve()).finally(() => app.quit());
  });
}
