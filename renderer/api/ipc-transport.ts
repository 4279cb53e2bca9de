import type { WijkgeheugenBridge } from '../../shared/api/bridge';
import type { Transport } from './transport';

export function ipcTransport(bridge: WijkgeheugenBridge): Transport {
  return { kind: 'ipc', invoke: (channel, input) => bridge.invoke(channel, input), on: (event, listener) => bridge.on(event, listener) };
}
