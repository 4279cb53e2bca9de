import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { MAX_IMPORT_BYTES } from '../../core/io/imported-document';
import { IMPORTABLE_EXTENSIONS, importFile, isImportable } from '../../core/io/import-file';
import { type CommandContext, CliError } from '../io';

interface ImportOutcome {
  file: string;
  ok: boolean;
  source?: { id: string; title: string; kind: string };
  speakers?: string[];
  error?: string;
}

async function importOne(ctx: CommandContext, file: string): Promise<ImportOutcome> {
  const path = resolve(file);
  try {
    if (!isImportable(path)) throw new AppError('unsupported', `dit soort bestand kan niet worden ingelezen (wel: ${IMPORTABLE_EXTENSIONS.join(', ')})`);
    // Look at the size before reading: a huge file is refused without filling memory.
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) throw new AppError('too_large', `bestand is ${Math.round(size / 1024 / 1024)} MB; de grens is 50 MB`);
    const { source, speakers } = await importFile(ctx.library, path, readFileSync(path));
    return { file, ok: true, source: { id: source.id, title: source.title, kind: source.kind }, speakers };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, ok: false, error: /ENOENT/.test(message) ? 'bestand niet gevonden' : message };
  }
}

/** Imports each file on its own: one broken file does not stop or undo the others. */
export async function importCommand(ctx: CommandContext): Promise<void> {
  if (ctx.args.length === 0) throw new CliError(`Gebruik: import <bestand...> (${IMPORTABLE_EXTENSIONS.join(', ')})`, 2);
  const outcomes: ImportOutcome[] = [];
  for (const file of ctx.args) outcomes.push(await importOne(ctx, file));
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ imported: outcomes.filter((o) => o.ok), failed: outcomes.filter((o) => !o.ok) }));
  } else {
    for (const o of outcomes) {
      if (!o.ok) continue;
      const who = o.speakers?.length ? `; sprekers: ${o.speakers.join(', ')}` : '';
      ctx.io.out(`Ingelezen: ${o.file} → "${o.source?.title}" (${o.source?.id})${who}`);
    }
  }
  const failed = outcomes.filter((o) => !o.ok);
  for (const o of failed) ctx.io.err(`Niet ingelezen: ${o.file}: ${o.error}`);
  if (failed.length > 0) throw new CliError(`${failed.length} van ${outcomes.length} bestanden niet ingelezen`, 1);
}
