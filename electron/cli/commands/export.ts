import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/exports';
import { writeCollectionExport } from '../../core/export/export-collection';
import { type CommandContext, CliError } from '../io';

/** `export --collection ID --format md|html|csv|json --out PATH`: a collection to a file. */
export async function exportCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { collection: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, language: { type: 'string', default: 'nl' }, citation: { type: 'string', default: 'plain' } } });
  const usage = `Gebruik: export --collection ID --format ${EXPORT_FORMATS.join('|')} --out PAD [--language nl|en] [--citation plain|apa]`;
  if (!values.collection || !values.format || !values.out) throw new CliError(usage, 2);
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new CliError(`Onbekend formaat ${values.format}. ${usage}`, 2);
  if (values.language !== 'nl' && values.language !== 'en') throw new CliError(`Onbekende taal ${values.language}. ${usage}`, 2);
  if (values.citation !== 'plain' && values.citation !== 'apa') throw new CliError(`Onbekende bronvermelding ${values.citation}. ${usage}`, 2);
  // An unknown collection throws the same AppError ("bestaat niet") as in the app.
  const out = resolve(values.out);
  // Written as it is made (the bundle streams), then the privacy summary is reported.
  const file = await writeCollectionExport(library.db, values.collection, values.format as ExportFormat, out, new Date(), { language: values.language, citation: values.citation });
  const summary = file.privacy;
  if (json) return io.out(JSON.stringify({ path: out, bytes: file.bytes, privacy: summary }));
  io.out(`Geschreven: ${out} (${file.bytes} bytes)`);
  if (summary.pseudonymised.length || summary.omitted.length) {
    io.out(`Onder pseudoniem: ${summary.pseudonymised.length}; weggelaten: ${summary.omitted.length}.`);
  }
}
