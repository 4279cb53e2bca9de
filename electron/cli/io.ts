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

/** A CLI error: its message goes to stderr and the process exits non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
