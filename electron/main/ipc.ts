import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { CHANNEL_NAMES, IPC_EVENT_CHANNEL, IPC_PREFIX } from '../../shared/api/channel-names';
import { type Envelope, reasonedApiError } from '../../shared/api/errors';
import type { CoreApi } from '../core/host/core-api';

/**
 * One ipcMain.handle per channel of the contract. Each call is checked to come from our own
 * page (not an iframe or a page navigated elsewhere) before it goes to core's process, which
 * validates the input like any other.
 */
export function registerIpc(core: CoreApi, isOwnPage: (url: string) => boolean): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isOwnPage(frame.url)) {
        return { ok: false, error: reasonedApiError('invalid_input', 'foreignPage') };
      }
      return core.call(channel, input);
    });
  }
}

/** Forwards core's events (and its process's status) to a window; returns the function that stops forwarding. */
export function forwardEvents(core: CoreApi, contents: WebContents): () => void {
  return core.on((name, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
  });
}
