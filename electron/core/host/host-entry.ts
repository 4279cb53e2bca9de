import { parseArgs } from 'node:util';
import { useNativeBinding } from '../db/native-binding';
import { defaultLibraryDir } from '../library/library-path';
import { runHost } from './host';
import { type FromHost, type HostPort, isToHost, type ToHost } from './protocol';

/**
 * The entry of the host process. In the app it is an Electron utility process, whose parent is
 * reached through `process.parentPort` (a MessagePort); in browser mode and in tests it is a
 * Node child process reached through `process.send`. Core never imports 'electron': the port
 * is found on `process`, typed here by what we use of it.
 */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentPortOf(): HostPort {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      post: (message: FromHost) => parentPort.postMessage(message),
      onMessage: (listener: (message: ToHost) => void) => parentPort.on('message', ({ data }) => isToHost(data) && listener(data)),
    };
  }
  if (!process.send) throw new Error('The host must be started as a utility or child process');
  return {
    post: (message: FromHost) => process.send?.(message),
    onMessage: (listener: (message: ToHost) => void) => process.on('message', (data) => isToHost(data) && listener(data)),
  };
}

const { values } = parseArgs({ options: { library: { type: 'string' }, 'native-binding': { type: 'string' }, 'backup-delay': { type: 'string' } } });
if (values['native-binding']) useNativeBinding(values['native-binding']);
const port = parentPortOf();
// The parent going away (a crash of the app) must not leave the library open in an orphan.
process.on('disconnect', () => process.exit(0));
await runHost(port, {
  // Without --library, the same default folder as browser mode and the CLI; resolved here, in
  // the library's own process, so the app's main process never touches the library.
  libraryDir: values.library ?? defaultLibraryDir(),
  ...(values['backup-delay'] ? { backupDelayMs: Number(values['backup-delay']) } : {}),
  exit: (code) => setImmediate(() => process.exit(code)),
});
