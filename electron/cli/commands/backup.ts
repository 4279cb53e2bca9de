import { resolve } from 'node:path';
import { createBackup } from '../../core/backup/backup';
import { type CommandContext, CliError } from '../io';

/** `backup PATH`: the whole library (database and originals) in one file. */
export async function backupCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const [file] = args;
  if (!file) throw new CliError('Gebruik: backup PAD', 2);
  const result = await createBackup(library, resolve(file));
  if (json) return io.out(JSON.stringify(result));
  io.out(`Back-up gemaakt: ${result.file} (${Math.round(result.bytes / 1024)} kB)`);
}
