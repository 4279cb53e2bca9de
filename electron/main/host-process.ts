import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { FromHost, HostChannel, HostSpawner } from '../core/host/protocol';

/**
 * Core's own process in the app: an Electron utility process running the host entry (built
 * beside this file as host.js), reached over its MessagePort. The main process keeps only
 * windows, menus, dialogs and the protocol, so nothing core does can freeze the window.
 */
export function utilityHostSpawner(libraryDir: string | null, nativeBinding: string): HostSpawner {
  return (): HostChannel => {
    const child = utilityProcess.fork(join(import.meta.dirname, 'host.js'), [...(libraryDir ? ['--library', libraryDir] : []), '--native-binding', nativeBinding], {
      serviceName: 'Wijkgeheugen bibliotheek',
      stdio: 'inherit',
    });
    return {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: unknown) => listener(message as FromHost)),
      onExit: (listener) => child.once('exit', (code: number) => listener(code)),
      kill: () => {
        child.kill();
      },
    };
  };
}
