import { fork } from 'node:child_process';
import { join } from 'node:path';
import { entryFile } from '../workers/entry-file';
import type { FromHost, HostChannel, HostSpawner } from './protocol';

export interface NodeHostOptions {
  libraryDir: string;
  extraArgs?: string[];
}

/**
 * Starts the host as a Node child process: browser mode's and the tests' stand-in for the
 * app's utility process, with the same messages over Node's IPC channel.
 */
export function nodeHostSpawner(options: NodeHostOptions): HostSpawner {
  const entry = entryFile('host', join(import.meta.dirname, 'host-entry.ts'));
  const execArgv = entry.built ? [] : ['--import', 'tsx'];
  return (): HostChannel => {
    const child = fork(entry.file, ['--library', options.libraryDir, ...(options.extraArgs ?? [])], {
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    return {
      post: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', (message) => listener(message as FromHost)),
      onExit: (listener) => child.once('exit', (code) => listener(code)),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
