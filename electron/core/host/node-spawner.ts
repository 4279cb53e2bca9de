import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FromHost, HostChannel, HostSpawner } from './protocol';

export interface NodeHostOptions {
  libraryDir: string;
  /** The host entry: built JavaScript beside this file, else the TypeScript source run with tsx. */
  entry?: string;
  extraArgs?: string[];
}

/** Where the host entry is: `host.js` when running built code, `host-entry.ts` under tsx. */
export function hostEntryBeside(dir: string): { entry: string; execArgv: string[] } {
  const built = join(dir, 'host.js');
  if (existsSync(built)) return { entry: built, execArgv: [] };
  return { entry: join(dir, 'host-entry.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * Starts the host as a Node child process: browser mode's and the tests' stand-in for the
 * app's utility process, with the same messages over Node's IPC channel.
 */
export function nodeHostSpawner(options: NodeHostOptions): HostSpawner {
  const { entry, execArgv } = options.entry ? { entry: options.entry, execArgv: options.entry.endsWith('.ts') ? ['--import', 'tsx'] : [] } : hostEntryBeside(import.meta.dirname);
  return (): HostChannel => {
    const child = fork(entry, ['--library', options.libraryDir, ...(options.extraArgs ?? [])], {
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
