import type { EntityArea } from './channel-names';

export interface LibraryChangedEvent {
  areas: EntityArea[];
  /** 'external': another process (the CLI, a second window) changed the file. */
  origin: 'local' | 'external';
}

export interface EventPayloads {
  'library.changed': LibraryChangedEvent;
}
