import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ImportReport } from '../../../shared/api/bundle';
import { importBundleArchive } from '../../core/bundle/import-bundle-archive';
import { importBundleStream } from '../../core/bundle/import-bundle';
import { AppError } from '../../core/errors';
import { type CommandContext, CliError } from '../io';

/** `import-bundle PATH`: merges a colleague's bundle; the report lists every conflict. */
export async function importBundleCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const [file] = args;
  if (!file) throw new CliError('Gebruik: import-bundle PAD', 2);
  const path = resolve(file);
  if (extname(path).toLowerCase() === '.wgbundle') {
    // Read directly: an archive with its originals may be larger than an API call carries.
    const report = await importBundleArchive(library, readFileSync(path), file);
    return printReport(report, json, io);
  }
  try {
    statSync(path);
  } catch {
    throw new CliError(`${file}: bestand niet gevonden of niet leesbaar`);
  }
  // Read as it streams: a bundle of any size, one item in memory at a time.
  try {
    printReport(await importBundleStream(library.db, createReadStream(path), file), json, io);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

function printReport(report: ImportReport, json: boolean, io: CommandContext['io']): void {
  if (json) return io.out(JSON.stringify(report));
  io.out(`Toegevoegd: ${report.added}, bijgewerkt: ${report.updated}, ongewijzigd: ${report.unchanged}, conflicten: ${report.conflicts.length}`);
  for (const c of report.conflicts) io.out(`  conflict ${c.kind} “${c.title}”: ${c.kept === 'bundle' ? 'versie uit de bundel (nieuwer)' : 'eigen versie (nieuwer)'} behouden`);
}
