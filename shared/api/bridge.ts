import type { ChannelName, EventName } from './channel-names';
import type { Envelope } from './errors';
import type { EventPayloads } from './events';

/** What the Electron preload exposes on window.wijkgeheugen; absent in browser mode. */
export interface WijkgeheugenBridge {
  invoke(channel: ChannelName, input: unknown): Promise<Envelope<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
