import type { EventName } from '../../../shared/api/channel-names';
import type { ApiError, Envelope } from '../../../shared/api/errors';

/**
 * Messages between the process that owns the library (the host: a utility process in the app,
 * a child process in browser mode) and the process that talks to the window or the browser.
 * Plain, structured-clonable objects: they cross a MessagePort or a Node IPC channel alike.
 */
export type ToHost =
  | { type: 'call'; id: number; channel: string; input: unknown }
  /** Where an export's file is, by its download id: for the transport that serves downloads, never a channel of the API. */
  | { type: 'exportedFile'; id: number; downloadId: string }
  /** The answer to a `seal` request: the sealed or opened text, or null when the platform cannot. */
  | { type: 'sealed'; id: number; value: string | null }
  | { type: 'close' };

/** The file of an export, as the host answers `exportedFile`. */
export interface ExportedFile {
  path: string;
  fileName: string;
}

export type FromHost =
  | { type: 'ready'; libraryDir: string; schemaVersion: number }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; name: EventName; payload: unknown }
  /** The library could not be opened (too new, not a library…): the host stops after saying so. */
  | { type: 'failed'; error: ApiError }
  /**
   * Asks the process that owns the window to seal (encrypt with the operating system's keychain,
   * Electron's safeStorage) or open a secret, the team server's password: the host never holds a
   * key, and the library file only the sealed text.
   */
  | { type: 'seal'; id: number; op: 'seal' | 'open'; value: string };

/** One end of the channel to a host process, whatever carries it. */
export interface HostChannel {
  post(message: ToHost): void;
  onMessage(listener: (message: FromHost) => void): void;
  /** Called once when the process is gone, with its exit code (null when killed by a signal). */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** Seals and opens secrets with the platform's keychain; absent (browser mode, CLI) nothing is remembered. */
export interface Sealer {
  seal(text: string): string | null;
  open(sealed: string): string | null;
}

/** Starts a new host process for a library; a fresh one after a crash. */
export type HostSpawner = () => HostChannel;

/** The host's own end: how it receives calls and answers them. */
export interface HostPort {
  post(message: FromHost): void;
  onMessage(listener: (message: ToHost) => void): void;
}

export function isToHost(value: unknown): value is ToHost {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const message = value as { type: unknown; id?: unknown; channel?: unknown; downloadId?: unknown; value?: unknown };
  if (message.type === 'close') return true;
  if (typeof message.id !== 'number') return false;
  if (message.type === 'sealed') return message.value === null || typeof message.value === 'string';
  return (message.type === 'call' && typeof message.channel === 'string') || (message.type === 'exportedFile' && typeof message.downloadId === 'string');
}
