import type { EventName } from '../../shared/api/channel-names';
import { type Envelope, reasonedApiError } from '../../shared/api/errors';
import type { EventPayloads } from '../../shared/api/events';
import type { Transport } from './transport';

const TOKEN_KEY = 'wijkgeheugen.token';

/**
 * Browser mode gets its token in the URL fragment (#token=...), which browsers never send to
 * a server. We keep it for this tab only (sessionStorage, so a reload still works) and remove
 * it from the address bar so it does not end up in bookmarks or screenshots.
 */
export function takeTokenFromLocation(location: Location, history: History, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

function parseFrames(buffer: string, emit: (event: string, data: string) => void): string {
  let rest = buffer;
  for (let end = rest.indexOf('\n\n'); end !== -1; end = rest.indexOf('\n\n')) {
    const frame = rest.slice(0, end);
    rest = rest.slice(end + 2);
    let event = 'message';
    const data: string[] = [];
    for (const line of frame.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length > 0) emit(event, data.join('\n'));
  }
  return rest;
}

export function httpTransport(token: string, baseUrl = ''): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  // Server-sent events read with fetch, because EventSource cannot send the Authorization header.
  const openStream = async (): Promise<void> => {
    for (;;) {
      try {
        const response = await fetch(`${baseUrl}/api/events`, { headers: { Authorization: `Bearer ${token}` } });
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer = parseFrames(buffer + value, (event, data) => {
            for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data));
          });
        }
      } catch {
        // The server went away or restarted; try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };

  return {
    kind: 'http',
    downloadUrl: (downloadId: string) => `${baseUrl}/download/${encodeURIComponent(downloadId)}`,
    async invoke(channel, input) {
      const response = await fetch(`${baseUrl}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        // Not an envelope (a proxy's page, a crash mid-answer): said as the status the server gave.
        return { ok: false, error: reasonedApiError('internal', 'serverStatus', { status: response.status }) };
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      if (!streaming) {
        streaming = true;
        void openStream();
      }
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
