import { app, session, shell } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { isWebOrMailUrl } from '../../shared/text/parse-url';

/**
 * Electron's security checklist, applied to every window and webview: no navigation away
 * from our page, no new windows (safe links go to the system browser), no permissions.
 */
export function hardenSessions(isOwnPage: (url: string) => boolean, devServerOrigin?: string): void {
  const policy = contentSecurityPolicy(devServerOrigin ? { devServerOrigin } : {});
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebOrMailUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
