import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../../shared/security/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // CSP frame-ancestors says the same to current browsers; this says it to older ones.
  'X-Frame-Options': 'DENY',
};

/** Resolves a URL path inside the renderer folder; anything that escapes it is refused. */
export function resolveStaticPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    // A malformed escape in the address names no file of ours: null, which the server answers with 404.
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rootDir);
  const wanted = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  if (wanted !== root && !wanted.startsWith(root + sep)) return null;
  // A symbolic link inside the folder may point anywhere: judge where it really leads.
  if (existsSync(wanted)) {
    const real = realpathSync(wanted);
    const realRoot = realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
  }
  return wanted;
}

export function serveStatic(rootDir: string, urlPath: string, response: ServerResponse): void {
  const file = resolveStaticPath(rootDir, urlPath);
  // Unknown paths get the app itself, so a bookmarked deep link still opens the app.
  const target = file && existsSync(file) && statSync(file).isFile() ? file : join(rootDir, 'index.html');
  if (!existsSync(target)) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('De gebruikersinterface is nog niet gebouwd: voer eerst `npm run build` uit.\n');
    return;
  }
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
  });
  createReadStream(target).pipe(response);
}
