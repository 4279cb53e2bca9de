import { createReadStream, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiError, reasonedApiError } from '../../shared/api/errors';
import type { ErrorReason, ReasonParams } from '../../shared/api/error-reasons';
import type { CoreApi } from '../core/host/core-api';
import { hasToken, isAllowedHost, isAllowedOrigin } from './request-guard';
import { attachmentHeader } from '../../shared/text/file-names';
import { SECURITY_HEADERS, serveStatic } from './static-files';

/** Large enough for a 20-million-character source text in UTF-8, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 96 * 1024 * 1024;

export interface ApiServerOptions {
  /** Core: the library's own process (browser mode), or the library in this process (tests). */
  api: CoreApi;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** For tests; a fresh random one otherwise. */
  token?: string;
}

export interface ApiServer {
  port: number;
  token: string;
  /** The address to open, with the token in the fragment so it never reaches a server log. */
  url: string;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** A refusal of the server itself, with a reason the window words like any other. */
function sendError(response: ServerResponse, status: number, code: ApiError['code'], key: ErrorReason, params: ReasonParams = {}): void {
  sendJson(response, status, { ok: false, error: reasonedApiError(code, key, params) });
}

/** Bytes of request bodies held at once over all requests: many large uploads together are refused, not buffered. */
export const MAX_BODIES_IN_FLIGHT = 2 * MAX_BODY_BYTES;
let bytesInFlight = 0;

/**
 * Reads a JSON body, or says it is too large: declared too large (refused before reading) or
 * found too large while reading (the rest is read and dropped, so the client gets its 413
 * instead of a reset connection), or too much at once over all requests.
 */
function readBody(request: IncomingMessage): Promise<string | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES || bytesInFlight + declared > MAX_BODIES_IN_FLIGHT) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] | null = [];
    let held = 0;
    const release = () => {
      bytesInFlight -= held;
      held = 0;
    };
    request.on('data', (chunk: Buffer) => {
      if (!chunks) return;
      held += chunk.length;
      bytesInFlight += chunk.length;
      if (held > MAX_BODY_BYTES || bytesInFlight > MAX_BODIES_IN_FLIGHT) {
        chunks = null;
        release();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      const body = chunks ? Buffer.concat(chunks).toString('utf8') : null;
      release();
      resolve(body);
    });
    request.on('error', (error) => {
      release();
      reject(error);
    });
  });
}

/** Browser mode: the same API as the app, over HTTP on 127.0.0.1 only. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { api, rendererDir } = options;
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = api.on((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const handleApi = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    if (!hasToken(request, token)) return sendError(response, 401, 'invalid_input', 'serverToken');
    if (!isAllowedOrigin(request.headers.origin, port)) return sendError(response, 403, 'invalid_input', 'serverForeignSite');

    if (channel === 'events' && request.method === 'GET') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': verbonden\n\n');
      streams.add(response);
      const heartbeat = setInterval(() => response.write(': hartslag\n\n'), 25_000);
      request.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(response);
      });
      return;
    }
    if (request.method !== 'POST') return sendError(response, 405, 'invalid_input', 'serverMethod', { method: 'POST' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(response, 415, 'invalid_input', 'serverJsonOnly');
    }
    const body = await readBody(request);
    if (body === null) {
      // Close after answering: a client still sending a declared-too-large body gets its 413, not a reset.
      response.setHeader('Connection', 'close');
      sendError(response, 413, 'too_large', 'serverTooLarge');
      request.resume();
      return;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      return sendError(response, 400, 'invalid_input', 'serverBadJson');
    }
    const envelope = await api.call(channel, input);
    const status = !envelope.ok && envelope.error.code === 'unknown_channel' ? 404 : 200;
    sendJson(response, status, envelope);
  };

  /**
   * An export's file, downloaded by a link and streamed from disk. A link cannot send the
   * Authorization header, and the token must not land in the browser's download history: the
   * download id itself is the key (128 random bits, made by an authorised export call, removed
   * after an hour).
   */
  const serveDownload = async (request: IncomingMessage, response: ServerResponse, downloadId: string) => {
    if (request.method !== 'GET') return sendError(response, 405, 'invalid_input', 'serverMethod', { method: 'GET' });
    // Core says where the file is; this process only streams it.
    const file = await api.exportedFile(downloadId);
    if (!file) return sendError(response, 404, 'not_found', 'exportGone');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': attachmentHeader(file.fileName),
      'Content-Length': statSync(file.path).size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file.path).pipe(response);
  };

  const server = createServer((request, response) => {
    // Judge every Host header a request carries, not only the first that Node keeps.
    const hosts = request.rawHeaders.filter((value, i) => i % 2 === 0 && value.toLowerCase() === 'host').length;
    if (hosts !== 1 || !isAllowedHost(request.headers.host, port)) {
      return sendError(response, 403, 'invalid_input', 'serverForeignHost');
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/download/')) {
      serveDownload(request, response, path.slice('/download/'.length)).catch((error: unknown) => {
        console.error('[wijkgeheugen] download failed:', error);
        if (!response.headersSent) sendError(response, 500, 'internal', 'internal');
      });
      return;
    }
    if (path.startsWith('/api/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        return sendError(response, 400, 'invalid_input', 'serverBadChannel');
      }
      handleApi(request, response, channel).catch((error: unknown) => {
        console.error('[wijkgeheugen] request failed:', error);
        if (!response.headersSent) sendError(response, 500, 'internal', 'internal');
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'invalid_input', 'serverMethod', { method: 'GET' });
    serveStatic(rendererDir, path, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
