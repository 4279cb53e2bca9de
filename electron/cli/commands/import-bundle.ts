import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportReport } from '../../../shared/api/bundle';
import { dispatch } from '../../core/dispatch';
import { type CommandContext, CliError } from '../io';

/** `import-bundle PATH`: merges a colleague's bundle; the report lists every conflict. */
export async function importBundleCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const [file] = args;
  if (!file) throw new CliError('Gebruik: import-bundle PAD', 2);
  const path = resolve(file);
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
  const report = result.value as ImportReport;
  if (json) return io.out(JSON.stringify(report));
  io.out(`Toegevoegd: ${report.added}, bijgewerkt: ${report.updated}, ongewijzigd: ${report.unchanged}, conflicten: ${report.conflicts.length}`);
  for (const c of report.conflicts) io.out(`  conflict ${c.kind} “${c.title}”: ${c.kept === 'bundle' ? 'versie uit de bundel (nieuwer)' : 'eigen versie (nieuwer)'} behouden`);
}
