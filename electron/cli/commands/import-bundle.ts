import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ImportReport } from '../../../shared/api/bundle';
import { importBundleArchive } from '../../core/bundle/import-bundle-archive';
import { dispatch } from '../../core/dispatch';
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
  let text: string;
  try {
    if (statSync(path).size > 200 * 1024 * 1024) throw new CliError(`${file} is groter dan 200 MB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: bestand niet gevonden of niet leesbaar`);
  }
  const result = await dispatch(library, 'bundles.import', { json: text });
  if (!result.ok) throw new CliError(result.error.message);
  printReport(result.value as ImportReport, json, io);
}

function printReport(report: ImportReport, json: boolean, io: CommandContext['io']): void {
  if (json) return io.out(JSON.stringify(report));
  io.out(`Toegevoegd: ${report.added}, bijgewerkt: ${report.updated}, ongewijzigd: ${report.unchanged}, conflicten: ${report.conflicts.length}`);
  for (const c of report.conflicts) io.out(`  conflict ${c.kind} “${c.title}”: ${c.kept === 'bundle' ? 'versie uit de bundel (nieuwer)' : 'eigen versie (nieuwer)'} behouden`);
}
