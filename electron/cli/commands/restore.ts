import { restoreBackup } from '../../core/backup/restore';
import { CliError, type FolderCommandContext } from '../io';

/** `restore PATH`: with no program using the library, puts a checked backup back. */
export async function restoreCommand({ libraryDir, json, args, io }: FolderCommandContext): Promise<void> {
  const [file] = args;
  if (!file) throw new CliError('Gebruik: restore PAD', 2);
  const { keptAs } = await restoreBackup(libraryDir, file);
  io.out(json ? JSON.stringify({ restored: file, keptAs }) : `Teruggezet. De vorige bibliotheek is bewaard als ${keptAs}`);
}
