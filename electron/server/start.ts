import { resolve } from 'node:path';
import { defaultLibraryDir } from '../core/library/library-path';
import { openLibrary } from '../core/library/library';
import { autoBackup } from '../core/backup/backup';
import { AppError } from '../core/errors';
import { parseServeArgs } from './args';
import { startApiServer } from './server';

/**
 * `npm run serve -- --library PATH [--port N]`: browser mode. Prints exactly one line with the
 * address (token in the fragment) on stdout; everything else goes to stderr.
 */
async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const libraryDir = resolve(args.library ?? defaultLibraryDir());
  const rendererDir = resolve(args.renderer ?? resolve(import.meta.dirname, '../../out/renderer'));
  const library = await openLibrary(libraryDir);
  const server = await startApiServer({ library, rendererDir, port: args.port });
  process.stdout.write(`Wijkgeheugen draait op ${server.url}\n`);
  process.stderr.write(`Bibliotheek: ${library.dir}\nStoppen: Ctrl+C\n`);
  // Search lives in the library file; only changes not yet indexed (after a crash, an upgrade
  // or a write by another program) are worked off, in steps between requests.
  void library.changes.catchUp();
  // Linking is needed later (when a quote is made); let the first screens load before it.
  setTimeout(() => void library.linking.buildInBackground(), 1500).unref();
  // One automatic backup a day, the last fourteen kept.
  setTimeout(() => {
    autoBackup(library).catch((error: unknown) => process.stderr.write(`Automatische back-up mislukt: ${String(error)}\n`));
  }, 5000).unref();

  const stop = async () => {
    await server.close();
    library.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Wijkgeheugen kon niet starten: ${message}\n`);
  process.exit(1);
});
