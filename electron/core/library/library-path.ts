import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The default library folder, resolved the same way by the app, browser mode and the CLI,
 * so that all three open the same library unless --library says otherwise.
 */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME || homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Wijkgeheugen');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Wijkgeheugen');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'wijkgeheugen');
}
