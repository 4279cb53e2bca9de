import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_PREFIX } from '../../shared/api/channel-names';
import type { Envelope } from '../../shared/api/errors';
import { dispatch } from '../core/dispatch';
import type { Library } from '../core/library/library';

/**
 * One ipcMain.handle per channel of the contract. Each call is checked to come from our own
 * page (not an iframe or a page navigated elsewhere) before it reaches dispatch, which then
 * validates the input like any other.
 */
export function registerIpc(library: Library, isOwnPage: (url: string) => boolean): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isOwnPage(frame.url)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Verzoek van een onbekende pagina geweigerd' } };
      }
      return dispatch(library, channel, input);
    });
  }
}

/** Forwards core events to a window; returns the function that stops forwarding. */
export function forwardEvents(library: Library, contents: WebContents): () => void {
  const offs = EVENT_NAMES.map((name) =>
    library.events.on(name, (payload) => {
      if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
    }),
  );
  return () => offs.forEach((off) => off());
}
