import type { EntityArea } from './channel-names';

export interface LibraryChangedEvent {
  areas: EntityArea[];
  /** 'external': another process (the CLI, a second window) changed the file. */
  origin: 'local' | 'external';
}

/** Progress of a long task (a large import), so the UI can show it and offer to stop it. */
export interface TaskProgressEvent {
  taskId: string;
  done: number;
  total: number;
}

export interface EventPayloads {
  'library.changed': LibraryChangedEvent;
  'task.progress': TaskProgressEvent;
}
