import { EventEmitter } from 'node:events';
import type { EventName } from '../../shared/api/channel-names';
import type { EventPayloads } from '../../shared/api/events';

/** Typed events from core to whichever transport is listening (IPC or SSE). */
export class LibraryEvents {
  private readonly emitter = new EventEmitter();

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    this.emitter.emit(event, payload);
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}
