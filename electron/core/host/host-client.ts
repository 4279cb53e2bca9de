import type { EventName } from '../../../shared/api/channel-names';
import type { ErrorReason } from '../../../shared/api/error-reasons';
import { type ApiError, type Envelope, reasonedApiError } from '../../../shared/api/errors';
import type { EventPayloads, HostStatusEvent } from '../../../shared/api/events';
import type { ExportedFile, FromHost, HostChannel, HostSpawner, Sealer, ToHost } from './protocol';

export interface HostClientOptions {
  /** Restarts allowed within `restartWindowMs` before the client gives up. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** The platform's keychain for the host's secrets (the app's safeStorage); without it, none are kept. */
  sealer?: Sealer;
}

type EventListener = (name: EventName, payload: unknown) => void;

/** The host's own failures, with a reason the window words (main stays free of core's AppError). */
const hostFailure = (key: ErrorReason, detail?: string): ApiError => reasonedApiError('host_unavailable', key, {}, detail);
const unavailable = (key: ErrorReason): Envelope<never> => ({ ok: false, error: hostFailure(key) });

/**
 * The other end of the host: sends calls, matches answers, relays events, and notices when the
 * host process dies. Calls in flight then fail with `host_unavailable` (nothing half-done: each
 * call is one transaction in the host), a fresh host is started, and the window is told both
 * ("host.status"), so it can say so and refresh.
 */
export class HostClient {
  private channel: HostChannel | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private readonly listeners = new Set<EventListener>();
  private ready: Promise<void> | null = null;
  private closing = false;
  private restarts: number[] = [];
  private readonly maxRestarts: number;
  private readonly restartWindowMs: number;
  private readonly sealer: Sealer | null;
  /** Why the host could not be started, once it has given up. */
  failure: ApiError | null = null;

  constructor(
    private readonly spawn: HostSpawner,
    options: HostClientOptions = {},
  ) {
    this.maxRestarts = options.maxRestarts ?? 3;
    this.restartWindowMs = options.restartWindowMs ?? 60_000;
    this.sealer = options.sealer ?? null;
  }

  /** Starts the host; resolves when the library is open, rejects with the reason it could not be. */
  start(): Promise<void> {
    this.ready = new Promise<void>((resolve, reject) => {
      const channel = this.spawn();
      this.channel = channel;
      let settled = false;
      channel.onMessage((message: FromHost) => {
        if (message.type === 'ready') {
          settled = true;
          resolve();
        } else if (message.type === 'failed') {
          settled = true;
          this.failure = message.error;
          reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
        } else if (message.type === 'result') {
          this.pending.get(message.id)?.(message.envelope);
          this.pending.delete(message.id);
        } else if (message.type === 'seal') {
          channel.post({ type: 'sealed', id: message.id, value: this.seal(message.op, message.value) });
        } else {
          for (const listener of this.listeners) listener(message.name, message.payload);
        }
      });
      channel.onExit((code) => {
        if (this.channel === channel) this.channel = null;
        if (!settled) {
          settled = true;
          reject(new Error(`The library process stopped before it was ready (exit code ${String(code)})`));
        }
        this.failPending('hostStoppedUnexpectedly');
        if (!this.closing && this.failure === null) this.restart(code);
      });
    });
    return this.ready;
  }

  /** A secret sealed or opened by the platform; null without a keychain, or for one sealed on another machine or account (asked for again). */
  private seal(op: 'seal' | 'open', value: string): string | null {
    if (!this.sealer) return null;
    try {
      return op === 'seal' ? this.sealer.seal(value) : this.sealer.open(value);
    } catch {
      // The keychain refused (locked, or a secret sealed on another machine or account): null is
      // the answer the team session handles by asking for the password again, nothing is lost.
      return null;
    }
  }

  private failPending(key: ErrorReason): void {
    for (const resolve of this.pending.values()) resolve(unavailable(key));
    this.pending.clear();
  }

  private emitStatus(status: HostStatusEvent): void {
    for (const listener of this.listeners) listener('host.status', status);
  }

  private restart(code: number | null): void {
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < this.restartWindowMs), now];
    if (this.restarts.length > this.maxRestarts) {
      this.failure = hostFailure('hostKeepsStopping');
      this.emitStatus({ state: 'stopped', exitCode: code });
      return;
    }
    this.emitStatus({ state: 'restarting', exitCode: code });
    this.start().then(
      () => {
        this.emitStatus({ state: 'running', exitCode: null });
        // What was shown may be older than the library now: everything is read again.
        for (const listener of this.listeners) listener('library.changed', { areas: [], origin: 'external', all: true });
      },
      (error: unknown) => {
        this.failure = hostFailure('hostFailedToStart', error instanceof Error ? error.message : String(error));
        this.emitStatus({ state: 'stopped', exitCode: code });
      },
    );
  }

  /** Calls a channel in the host; never rejects: a dead host answers with `host_unavailable`. */
  call(channel: string, input: unknown): Promise<Envelope<unknown>> {
    return this.request((id) => ({ type: 'call', id, channel, input }));
  }

  /** Where an export's file is; null for an unknown id or when the host cannot answer. */
  async exportedFile(downloadId: string): Promise<ExportedFile | null> {
    const envelope = await this.request((id) => ({ type: 'exportedFile', id, downloadId }));
    return envelope.ok ? (envelope.value as ExportedFile | null) : null;
  }

  private async request(message: (id: number) => ToHost): Promise<Envelope<unknown>> {
    if (this.failure && !this.channel) return { ok: false, error: this.failure };
    try {
      await this.ready;
    } catch {
      // Why the start failed is already kept in this.failure (the host's own message) or, for a
      // host that stopped before it was ready, reported through host.status; this call is answered
      // with that, as an envelope, since request() never rejects.
      return this.failure ? { ok: false, error: this.failure } : unavailable('hostNotOpen');
    }
    const target = this.channel;
    if (!target) return unavailable('hostRestarting');
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      target.post(message(id));
    });
  }

  /** Core's events and the host's own status, in one stream. */
  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onEvent<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void {
    return this.on((event, payload) => {
      if (event === name) listener(payload as EventPayloads[E]);
    });
  }

  /** Asks the host to close the library and stop; kills it if it has not within `graceMs`. */
  async close(graceMs = 5000): Promise<void> {
    this.closing = true;
    const channel = this.channel;
    if (!channel) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        channel.kill();
        resolve();
      }, graceMs);
      channel.onExit(() => {
        clearTimeout(timer);
        resolve();
      });
      channel.post({ type: 'close' });
    });
  }
}
