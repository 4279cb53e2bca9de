import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Source } from '../../../shared/api/sources';
import { AppError } from '../../core/errors';
import { importTextSource, isTextImport } from '../../core/sources/import-text';
import { type CommandContext, CliError } from '../io';

/** 50 MB: far above any text file a researcher imports, a clear stop for accidents. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

interface ImportOutcome {
  file: string;
  ok: boolean;
  source?: { id: string; title: string };
  error?: string;
}

function importOne(ctx: CommandContext, file: string): ImportOutcome {
  const path = resolve(file);
  try {
    if (!isTextImport(path)) throw new AppError('unsupported', 'alleen .txt en .md kunnen (nog) worden ingelezen');
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) throw new AppError('too_large', `bestand is ${Math.round(size / 1024 / 1024)} MB; de grens is 50 MB`);
    const source: Source = importTextSource(ctx.library, path, readFileSync(path));
    return { file, ok: true, source: { id: source.id, title: source.title } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, ok: false, error: message.replace(/^ENOENT.*/, 'bestand niet gevonden') };
  }
}

/** Imports each file on its own: one broken file does not stop or undo the others. */
export async function importCommand(ctx: CommandContext): Promise<void> {
  if (ctx.args.length === 0) throw new CliError('Gebruik: import <bestand...>', 2);
  const outcomes = ctx.args.map((file) => importOne(ctx, file));
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ imported: outcomes.filter((o) => o.ok), failed: outcomes.filter((o) => !o.ok) }));
  } else {
    for (const o of outcomes) {
      if (o.ok) ctx.io.out(`Ingelezen: ${o.file} → "${o.source?.title}" (${o.source?.id})`);
    }
  }
  const failed = outcomes.filter((o) => !o.ok);
  for (const o of failed) ctx.io.err(`Niet ingelezen: ${o.file}: ${o.error}`);
  if (failed.length > 0) throw new CliError(`${failed.length} van ${outcomes.length} bestanden niet ingelezen`, 1);
}
