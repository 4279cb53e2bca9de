import { net, protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { attachmentHeader } from '../../shared/text/file-names';
import type { ExportedFile } from '../core/host/protocol';

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
    // Not a URL, or a malformed % escape: the request itself is bad, and 400 is the whole answer.
    return 400;
  }
  if (url.host !== 'wijkgeheugen') return 404;
  const wanted = normalize(join(root, path === '/' ? 'index.html' : path));
  const inside = wanted.startsWith(root + sep);
  return inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
}

/**
 * Serves the built renderer from app://wijkgeheugen/ instead of file://, so the page has a
 * real origin of its own and cannot read arbitrary files (paths outside the folder get
 * index.html), and exports' files by their download id (app://wijkgeheugen/download/<id>). In
 * development the renderer comes from the dev server (rendererDir null): downloads only.
 */
export function serveRendererOverAppScheme(rendererDir: string | null, exportedFile: (downloadId: string) => Promise<ExportedFile | null>): void {
  const root = rendererDir ? normalize(rendererDir) : null;
  protocol.handle(APP_SCHEME, async (request) => {
    // An export's file: app://wijkgeheugen/download/<id>, saved by Electron's own download.
    const download = /^app:\/\/wijkgeheugen\/download\/([^/?#]+)$/.exec(request.url);
    if (download?.[1]) {
      const file = await exportedFile(download[1]);
      if (!file) return new Response('Deze export bestaat niet (meer); exporteer opnieuw.', { status: 404 });
      const body = await net.fetch(pathToFileURL(file.path).toString());
      return new Response(body.body, { status: 200, headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': attachmentHeader(file.fileName), 'X-Content-Type-Options': 'nosniff' } });
    }
    if (!root) return new Response('Niet gevonden', { status: 404 });
    const file = rendererFileFor(root, request.url);
    if (typeof file === 'number') return new Response(file === 400 ? 'Ongeldig adres' : 'Niet gevonden', { status: file });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy());
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
