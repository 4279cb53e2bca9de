import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { WijkgeheugenBridge } from '../../shared/api/bridge';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_PREFIX, isChannelName } from '../../shared/api/channel-names';

/**
 * The whole surface the page gets: invoke a known channel, listen to a known event.
 * No ipcRenderer, no Node, no arbitrary channel names (VS Code's preload does the same).
 */
const eventNames: ReadonlySet<string> = new Set(EVENT_NAMES);

const bridge: WijkgeheugenBridge = {
  invoke(channel, input) {
    if (!isChannelName(channel)) return Promise.reject(new Error(`Onbekend kanaal: ${String(channel)}`));
    return ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, input);
  },
  on(event, listener) {
    if (!eventNames.has(event)) throw new Error(`Onbekend event: ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('wijkgeheugen', bridge);
