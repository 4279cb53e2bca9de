import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { ProjectImportReport } from '../../../shared/api/projects';
import type { ReferenceImportReport } from '../../../shared/api/references';
import { importReferences } from '../../core/references/import-references';
import { REFERENCE_EXTENSIONS } from '../../core/references/parse-references';
import { AppError } from '../../core/errors';
import { MAX_IMPORT_BYTES } from '../../core/io/imported-document';
import { IMPORTABLE_EXTENSIONS, importFile, isImportable } from '../../core/io/import-file';
import { importProject } from '../../core/refi/import-project';
import { type CommandContext, CliError } from '../io';

/** REFI-QDA exchange files, merged rather than read as one source. */
const PROJECT_EXTENSIONS = ['.qdpx', '.qdc'];
/** A project carries many sources; the zip's own bounds (1 GB inflated) guard the rest. */
const MAX_PROJECT_BYTES = 500 * 1024 * 1024;

interface ImportOutcome {
  file: string;
  ok: boolean;
  source?: { id: string; title: string; kind: string };
  speakers?: string[];
  error?: string;
  project?: ProjectImportReport;
  references?: ReferenceImportReport;
}

/** A file a reference names, relative to the export's own folder (Zotero writes "files/12/Naam.pdf"). */
function attachmentNextTo(referenceFile: string) {
  return (path: string) => {
    const full = isAbsolute(path) ? path : join(dirname(referenceFile), path);
    if (!existsSync(full) || statSync(full).size > MAX_IMPORT_BYTES) return null;
    return { fileName: full, bytes: readFileSync(full) };
  };
}

async function importOne(ctx: CommandContext, file: string): Promise<ImportOutcome> {
  const path = resolve(file);
  try {
    if (PROJECT_EXTENSIONS.includes(extname(path).toLowerCase())) {
      const size = statSync(path).size;
      if (size > MAX_PROJECT_BYTES) throw new AppError('too_large', 'fileTooLarge', { name: file, mb: Math.round(size / 1024 / 1024), limitMb: MAX_PROJECT_BYTES / 1024 / 1024 });
      return { file, ok: true, project: await importProject(ctx.library, path, readFileSync(path)) };
    }
    if (REFERENCE_EXTENSIONS.includes(extname(path).toLowerCase())) {
      return { file, ok: true, references: await importReferences(ctx.library, path, readFileSync(path, 'utf8'), attachmentNextTo(path)) };
    }
    if (!isImportable(path)) throw new AppError('unsupported', 'fileTypeUnsupported', { name: file, types: IMPORTABLE_EXTENSIONS.join(', ') });
    // Look at the size before reading: a huge file is refused without filling memory.
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) throw new AppError('too_large', 'fileTooLarge', { name: file, mb: Math.round(size / 1024 / 1024), limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
    const { source, speakers } = await importFile(ctx.library, path, readFileSync(path));
    return { file, ok: true, source: { id: source.id, title: source.title, kind: source.kind }, speakers };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, ok: false, error: /ENOENT/.test(message) ? 'bestand niet gevonden' : message };
  }
}

/** Imports each file on its own: one broken file does not stop or undo the others. */
export async function importCommand(ctx: CommandContext): Promise<void> {
  if (ctx.args.length === 0) throw new CliError(`Gebruik: import <bestand...> (${[...IMPORTABLE_EXTENSIONS, ...PROJECT_EXTENSIONS, ...REFERENCE_EXTENSIONS].join(', ')})`, 2);
  const outcomes: ImportOutcome[] = [];
  for (const file of ctx.args) outcomes.push(await importOne(ctx, file));
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ imported: outcomes.filter((o) => o.ok), failed: outcomes.filter((o) => !o.ok) }));
  } else {
    for (const o of outcomes) {
      if (!o.ok) continue;
      if (o.references) {
        const { imported, skipped, missingAttachments } = o.references;
        ctx.io.out(`Ingelezen: ${o.file}: ${imported.length} bronnen${skipped.length ? `, ${skipped.length} waren er al` : ''}`);
        for (const r of imported) ctx.io.out(`  "${r.title}" (${r.id})${r.attachment ? ` met de tekst uit ${r.attachment}` : ''}`);
        for (const m of missingAttachments) ctx.io.out(`  bijlage niet gevonden voor "${m.title}": ${m.files.join(', ')}`);
        continue;
      }
      if (o.project) {
        const { counts, added, updated, unchanged, conflicts, unmapped, remarks } = o.project;
        ctx.io.out(`Ingelezen: ${o.file}: ${counts.sources} bronnen, ${counts.quotes} citaten, ${counts.lessons} lessen, ${counts.labels} labels, ${counts.profiles} profielen, ${counts.notes} notities, ${counts.collections} collecties`);
        ctx.io.out(`  nieuw ${added}, bijgewerkt ${updated}, ongewijzigd ${unchanged}, conflicten ${conflicts.length}`);
        for (const c of conflicts) ctx.io.out(`  conflict: ${c.kind} "${c.title}" — bewaard: ${c.kept === 'local' ? 'de versie hier' : 'de versie uit het bestand'}`);
        for (const line of remarks) ctx.io.out(`  let op: ${line}`);
        for (const line of unmapped) ctx.io.out(`  niet overgenomen: ${line}`);
        continue;
      }
      const who = o.speakers?.length ? `; sprekers: ${o.speakers.join(', ')}` : '';
      ctx.io.out(`Ingelezen: ${o.file} → "${o.source?.title}" (${o.source?.id})${who}`);
    }
  }
  const failed = outcomes.filter((o) => !o.ok);
  for (const o of failed) ctx.io.err(`Niet ingelezen: ${o.file}: ${o.error}`);
  if (failed.length > 0) throw new CliError(`${failed.length} van ${outcomes.length} bestanden niet ingelezen`, 1);
}
