import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HostClient } from '../core/host/host-client';
import { nodeHostSpawner } from '../core/host/node-spawner';
import { defaultLibraryDir } from '../core/library/library-path';
import { parseServeArgs } from './args';
import { startApiServer } from './server';

/**
 * `npm run serve -- --library PATH [--port N]`: browser mode. The library lives in its own
 * process (the same host as the app's utility process), so this one only answers HTTP and is
 * never blocked by an import, an export or an index. Prints exactly one line with the address
 * (token in the fragment) on stdout; everything else goes to stderr.
 */
async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const libraryDir = resolve(args.library ?? defaultLibraryDir());
  // Built (out/node/server.js) the interface is in ../renderer; from source, in ../../out/renderer.
  const builtBeside = resolve(import.meta.dirname, '../renderer');
  const rendererDir = resolve(args.renderer ?? (existsSync(join(builtBeside, 'index.html')) ? builtBeside : resolve(import.meta.dirname, '../../out/renderer')));
  const host = new HostClient(nodeHostSpawner({ libraryDir }));
  host.onEvent('host.status', (status) => {
    if (status.state !== 'running') process.stderr.write(`De bibliotheekverwerking is gestopt (exitcode ${String(status.exitCode)}); ${status.state === 'restarting' ? 'ze wordt opnieuw gestart' : 'ze is opgegeven'}.\n`);
  });
  await host.start();
  const server = await startApiServer({ api: host, rendererDir, port: args.port });
  process.stdout.write(`Wijkgeheugen draait op ${server.url}\n`);
  process.stderr.write(`Bibliotheek: ${libraryDir}\nStoppen: Ctrl+C\n`);

  const stop = async () => {
    await server.close();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Wijkgeheugen kon niet starten: ${message}\n`);
  process.exit(1);
});
