import type { EventName } from '../../../shared/api/channel-names';
import { EVENT_NAMES } from '../../../shared/api/channel-names';
import type { Envelope } from '../../../shared/api/errors';
import { dispatch } from '../dispatch';
import { exportedFile } from '../export/export-files';
import type { ExportedFile } from './protocol';
import { type Library, watchExternalChanges } from '../library/library';

/**
 * What a transport (IPC in the app, HTTP in browser mode) needs of core: call a channel, hear
 * events. A `HostClient` gives it across a process boundary; `inProcessApi` in the same
 * process (tests, and tools that open a library themselves).
 */
export interface CoreApi {
  call(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(listener: (name: EventName, payload: unknown) => void): () => void;
  /** Where an export's file is, by its download id: the transport streams it; the library folder stays core's. */
  exportedFile(downloadId: string): Promise<ExportedFile | null>;
}

export function inProcessApi(library: Library): CoreApi & { stop(): void } {
  const stopWatching = watchExternalChanges(library);
  return {
    call: (channel, input) => dispatch(library, channel, input),
    exportedFile: (downloadId) => Promise.resolve(exportedFile(library.dir, downloadId)),
    on: (listener) => {
      const offs = EVENT_NAMES.map((name) => library.events.on(name, (payload) => listener(name, payload)));
      return () => offs.forEach((off) => off());
    },
    stop: stopWatching,
  };
}
