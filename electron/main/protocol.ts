import { net, protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://wijkgeheugen';

/** Must run before app is ready: app:// behaves like https (secure, standard, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://wijkgeheugen/ instead of file://, so the page has a
 * real origin of its own and cannot read arbitrary files. Paths outside the folder: 404.
 */
export function serveRendererOverAppScheme(rendererDir: string): void {
  const root = normalize(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'wijkgeheugen') return new Response('Niet gevonden', { status: 404 });
    const path = decodeURIComponent(url.pathname);
    const wanted = normalize(join(root, path === '/' ? 'index.html' : path));
    const inside = wanted.startsWith(root + sep);
    const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy());
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
