import type { Library } from '../core/library/library';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CommandContext {
  library: Library;
  json: boolean;
  args: string[];
  io: CliIo;
}

/** For the commands that must not have the library open while they run (restore). */
export interface FolderCommandContext extends Omit<CommandContext, 'library'> {
  libraryDir: string;
}

export type Command =
  | { opensLibrary: true; run(ctx: CommandContext): Promise<void> }
  | { opensLibrary: false; run(ctx: FolderCommandContext): Promise<void> };

/** A CLI error: its message goes to stderr and the process exits non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
