import type { WijkgeheugenBridge } from '../../shared/api/bridge';
import type { Transport } from './transport';

export function ipcTransport(bridge: WijkgeheugenBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (channel, input) => bridge.invoke(channel, input),
    on: (event, listener) => bridge.on(event, listener),
    // Served by the app:// protocol handler in Electron's main process (electron/main/protocol.ts).
    downloadUrl: (downloadId) => `app://wijkgeheugen/download/${encodeURIComponent(downloadId)}`,
  };
}
