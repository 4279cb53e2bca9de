import type { EntityArea } from './channel-names';

export interface LibraryChangedEvent {
  areas: EntityArea[];
  /** 'external': another process (the CLI, a second window) changed the file. */
  origin: 'local' | 'external';
  /** Everything may have changed (the library process was restarted): read it all again. */
  all?: boolean;
}

/** The process that keeps the library: running, being restarted after a crash, or given up. */
export interface HostStatusEvent {
  state: 'running' | 'restarting' | 'stopped';
  exitCode: number | null;
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
  'host.status': HostStatusEvent;
}
