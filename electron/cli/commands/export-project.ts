import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_FORMATS, type ProjectFormat } from '../../../shared/api/projects';
import { researcherName, writeProjectExport } from '../../core/refi/write-project-export';
import { type CommandContext, CliError } from '../io';

/** `export-project --format qdpx|qdc --out PATH`: the whole library for another QDA tool. */
export async function exportProjectCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' } } });
  const usage = `Gebruik: export-project --format ${PROJECT_FORMATS.join('|')} --out PAD`;
  if (!values.format || !values.out) throw new CliError(usage, 2);
  if (!(PROJECT_FORMATS as readonly string[]).includes(values.format)) throw new CliError(`Onbekend formaat ${values.format}. ${usage}`, 2);
  const out = resolve(values.out);
  const file = await writeProjectExport(library.db, values.format as ProjectFormat, out, { originalsDir: library.originalsDir, researcher: researcherName() });
  if (json) return io.out(JSON.stringify({ path: out, bytes: file.bytes, format: values.format }));
  io.out(`Geschreven: ${out} (${file.bytes} bytes)`);
  if (values.format === 'qdpx') io.out('Een projectbestand is een volledige kopie: namen staan erin zoals opgeslagen, de toestemming per profiel reist mee als variabele.');
}
