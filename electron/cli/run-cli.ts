import { AppError } from '../core/errors';
import { defaultLibraryDir } from '../core/library/library-path';
import { openLibrary } from '../core/library/library';
import { backupCommand } from './commands/backup';
import { exampleCommand } from './commands/example';
import { exportCommand } from './commands/export';
import { exportProjectCommand } from './commands/export-project';
import { importCommand } from './commands/import';
import { importBundleCommand } from './commands/import-bundle';
import { listCommand } from './commands/list';
import { restoreCommand } from './commands/restore';
import { searchCommand } from './commands/search';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { teamCommand } from './commands/team';
import { type CliIo, type Command, type CommandContext, CliError } from './io';

const opens = (run: (ctx: CommandContext) => Promise<void>): Command => ({ opensLibrary: true, run });

const COMMANDS: Record<string, Command> = {
  stats: opens(statsCommand),
  example: opens(exampleCommand),
  export: opens(exportCommand),
  'export-project': opens(exportProjectCommand),
  'import-bundle': opens(importBundleCommand),
  backup: opens(backupCommand),
  restore: { opensLibrary: false, run: restoreCommand },
  import: opens(importCommand),
  list: opens(listCommand),
  search: opens(searchCommand),
  suggest: opens(suggestCommand),
  team: opens(teamCommand),
};

/** A command's failure as an exit code: CliError says its own, anything else is 1. */
function failure(io: CliIo, error: unknown): number {
  if (error instanceof CliError) {
    io.err(error.message);
    return error.exitCode;
  }
  io.err(error instanceof AppError || error instanceof Error ? error.message : String(error));
  return 1;
}

export const USAGE = `Gebruik: npm run cli -- [--library PAD] <opdracht> [--json]

Opdrachten:
  stats                      aantallen per soort
  import <bestand...>        bronnen inlezen (.txt .md .html .docx .pdf .vtt .srt), of een
                             REFI-QDA-project (.qdpx) of -codeboek (.qdc) samenvoegen, of
                             verwijzingen uit Zotero (.json CSL-JSON, .bib, .ris; bijlagen naast het bestand)
  example                    de voorbeeldbibliotheek laden (alleen in een lege bibliotheek)
  export --collection ID --format md|html|docx|pdf|csv|json --out PAD [--language nl|en] [--citation plain|apa]
                             een collectie exporteren (toestemming per profiel toegepast)
  export-project --format qdpx|qdc --out PAD
                             de hele bibliotheek als REFI-QDA-project, of lessen en labels als codeboek
  import-bundle PAD          een bundel van een collega samenvoegen (conflicten: nieuwste wint)
  backup PAD                 een back-up maken (database en originelen in één bestand)
  restore PAD                een back-up terugzetten (eerst gecontroleerd; de huidige blijft bewaard)
  list <people|sources|quotes|lessons|tags|collections>
  search "<zoekterm>" [--kind K] [--limit N]
                             zoeken zoals in de app (tikfouten en accenten maken niet uit)
  suggest --text "<passage>" [--limit N]
                             welke lessen bij een passage passen, met de reden
  team init|join|sync|status --server postgres://ROL@SERVER:POORT/DB [--team NAAM] [--members a,b]
                             een teambibliotheek op PostgreSQL (wachtwoord uit PGPASSWORD of gevraagd)
`;

/**
 * The options every command takes (--library, --json, --help) may stand anywhere; everything
 * else goes to the command, which parses its own options strictly.
 */
function splitGlobalOptions(argv: string[]): { library?: string; json: boolean; help: boolean; rest: string[] } {
  const out: { library?: string; json: boolean; help: boolean; rest: string[] } = { json: false, help: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') out.json = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg === '--library') {
      const value = argv[++i];
      if (!value) throw new Error('--library heeft een pad nodig');
      out.library = value;
    } else if (arg.startsWith('--library=')) out.library = arg.slice('--library='.length);
    else out.rest.push(arg);
  }
  return out;
}

/** Runs one CLI invocation; returns the exit code. Kept free of process.* so tests call it directly. */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = splitGlobalOptions(argv);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...args] = parsed.rest;
  if (parsed.help || !command) {
    (parsed.help ? io.out : io.err)(USAGE);
    return parsed.help ? 0 : 2;
  }
  const cmd = COMMANDS[command];
  if (!cmd) {
    io.err(`Onbekende opdracht: ${command}\n\n${USAGE}`);
    return 2;
  }
  const libraryDir = parsed.library ?? defaultLibraryDir(env);
  if (!cmd.opensLibrary) {
    try {
      await cmd.run({ libraryDir, json: parsed.json, args, io });
      return 0;
    } catch (error) {
      return failure(io, error);
    }
  }
  let library;
  try {
    library = await openLibrary(libraryDir);
  } catch (error) {
    io.err(`Bibliotheek niet geopend: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    // Index what another program (or a crash) left queued, so a one-shot command sees it all.
    await library.changes.catchUp();
    await cmd.run({ library, json: parsed.json, args, io });
    return 0;
  } catch (error) {
    return failure(io, error);
  } finally {
    library.close();
  }
}
