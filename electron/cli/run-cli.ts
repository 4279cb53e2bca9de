import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import { defaultLibraryDir } from '../core/library/library-path';
import { openLibrary } from '../core/library/library';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { statsCommand } from './commands/stats';
import { type CliIo, type CommandContext, CliError } from './io';

const COMMANDS: Record<string, (ctx: CommandContext) => Promise<void>> = {
  stats: statsCommand,
  import: importCommand,
  list: listCommand,
};

export const USAGE = `Gebruik: npm run cli -- [--library PAD] <opdracht> [--json]

Opdrachten:
  stats                      aantallen per soort
  import <bestand...>        .txt en .md als bronnen inlezen
  list <people|sources|quotes|lessons|tags|collections>
`;

/** Runs one CLI invocation; returns the exit code. Kept free of process.* so tests call it directly. */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { library: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...args] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.out : io.err)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Onbekende opdracht: ${command}\n\n${USAGE}`);
    return 2;
  }
  let library;
  try {
    library = await openLibrary(parsed.values.library ?? defaultLibraryDir(env));
  } catch (error) {
    io.err(`Bibliotheek niet geopend: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    await run({ library, json: parsed.values.json, args, io });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(error instanceof AppError || error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    library.close();
  }
}
