import type { ChannelName, EventName } from '../../shared/api/channel-names';
import type { Envelope } from '../../shared/api/errors';
import type { EventPayloads } from '../../shared/api/events';

/** How envelopes travel: Electron IPC or HTTP. Only api/ knows which one is in use. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke(channel: ChannelName, input: unknown): Promise<Envelope<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Where the window downloads an export's file from, by its download id. */
  downloadUrl(downloadId: string): string;
}
