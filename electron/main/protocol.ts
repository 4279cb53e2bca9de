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
 * Which file of the renderer folder an app:// URL asks for: the file itself when it lies inside
 * the folder, else index.html (the page routes itself); 404 for another host, 400 for an address
 * that cannot be decoded (a malformed % escape must not throw inside the protocol handler).
 */
export function rendererFileFor(root: string, requestUrl: string): string | 400 | 404 {
  let url: URL;
  let path: string;
  try {
    url = new URL(requestUrl);
    path = decodeURIComponent(url.pathname);
  } catch {
    return 400;
  }
  if (url.host !== 'wijkgeheugen') return 404;
  const wanted = normalize(join(root, path === '/' ? 'index.html' : path));
  const inside = wanted.startsWith(root + sep);
  return inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
}

/**
 * Serves the built renderer from app://wijkgeheugen/ instead of file://, so the page has a
 * real origin of its own and cannot read arbitrary files. Paths outside the folder: 404.
 */
export function serveRendererOverAppScheme(rendererDir: string): void {
  const root = normalize(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(root, request.url);
    if (typeof file === 'number') return new Response(file === 400 ? 'Ongeldig adres' : 'Niet gevonden', { status: file });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy());
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
