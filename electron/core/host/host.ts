import { EVENT_NAMES } from '../../../shared/api/channel-names';
import { autoBackup } from '../backup/backup';
import { dispatch } from '../dispatch';
import { exportedFile } from '../export/export-files';
import { AppError, messageOf } from '../errors';
import { type Library, openLibrary, watchExternalChanges } from '../library/library';
import { resumeTeam, setTeamSealer } from '../team/session';
import type { HostPort, ToHost } from './protocol';

export interface HostOptions {
  libraryDir: string;
  /** Delay before the first automatic backup, so that start-up work comes first. */
  backupDelayMs?: number;
  /** Ends the process; the host calls it after `close` or when the library cannot be opened. */
  exit(code: number): void;
}

/**
 * The library's own process: opens the library, answers every call through `dispatch`, and
 * forwards core's events. Start-up work (indexing what is queued, linking, the daily backup)
 * runs in steps after `ready`, so the first calls are answered at once.
 */
export async function runHost(port: HostPort, options: HostOptions): Promise<void> {
  let library: Library;
  try {
    library = await openLibrary(options.libraryDir);
  } catch (error) {
    const apiError = (error instanceof AppError ? error : new AppError('internal', 'hostFailedToStart', {}, { detail: messageOf(error) })).toApiError();
    port.post({ type: 'failed', error: apiError });
    options.exit(1);
    return;
  }
  for (const name of EVENT_NAMES) library.events.on(name, (payload) => port.post({ type: 'event', name, payload }));
  const stopWatching = watchExternalChanges(library);

  // Secrets are sealed by the process that owns the window (the OS keychain in the app).
  const sealing = new Map<number, (value: string | null) => void>();
  let nextSeal = 1;
  setTeamSealer((op, value) =>
    new Promise((resolve) => {
      const id = nextSeal++;
      sealing.set(id, resolve);
      port.post({ type: 'seal', id, op, value });
    }),
  );

  port.onMessage((message: ToHost) => {
    if (message.type === 'sealed') {
      sealing.get(message.id)?.(message.value);
      sealing.delete(message.id);
      return;
    }
    if (message.type === 'close') {
      stopWatching();
      library.close();
      options.exit(0);
      return;
    }
    if (message.type === 'exportedFile') {
      port.post({ type: 'result', id: message.id, envelope: { ok: true, value: exportedFile(library.dir, message.downloadId) } });
      return;
    }
    void dispatch(library, message.channel, message.input).then((envelope) => port.post({ type: 'result', id: message.id, envelope }));
  });
  port.post({ type: 'ready', libraryDir: library.dir, schemaVersion: library.schemaVersion });
  // WG_TRACE_STALLS=1: report every time the host's event loop was held for more than 80 ms.
  if (process.env.WG_TRACE_STALLS) {
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - last > 80) console.error(`[host] event loop held ${(now - last).toFixed(0)} ms`);
      last = now;
    }, 10).unref();
  }

  // A library in a team with a remembered password syncs again by itself.
  setTimeout(() => {
    resumeTeam(library).catch((error: unknown) => console.error('[wijkgeheugen] resuming team sync failed:', error));
  }, 3000).unref();
  // Only changes not yet indexed (after a crash, an upgrade, a write by another program).
  void library.changes.catchUp();
  // The typo-tolerant vocabulary is read while the window loads, not at the first keystroke.
  setTimeout(() => {
    library.search.index.warmUp().catch((error: unknown) => console.error('[wijkgeheugen] reading the search vocabulary failed; it is read at each search instead:', error));
  }, 0).unref();
  // Linking is needed when a quote is made; let the first screens load before it.
  setTimeout(() => {
    library.linking.warmUp().catch((error: unknown) => console.error('[wijkgeheugen] preparing "Eerder gehoord" failed; it is prepared at first use instead:', error));
  }, 1500).unref();
  // One automatic backup a day, the last fourteen kept; looked at again every hour, so that a
  // day's backup follows the day's work (see autoBackup).
  const backUp = () => {
    if (!library.db.open) return;
    autoBackup(library).catch((error: unknown) => console.error('[wijkgeheugen] automatic backup failed:', error));
  };
  setTimeout(backUp, options.backupDelayMs ?? 5000).unref();
  setInterval(backUp, 60 * 60 * 1000).unref();
}
