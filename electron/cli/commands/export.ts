import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/exports';
import { exportCollection } from '../../core/export/export-collection';
import { type CommandContext, CliError } from '../io';

/** `export --collection ID --format md|html|csv|json --out PATH`: a collection to a file. */
export async function exportCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { collection: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  const usage = `Gebruik: export --collection ID --format ${EXPORT_FORMATS.join('|')} --out PAD`;
  if (!values.collection || !values.format || !values.out) throw new CliError(usage, 2);
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new CliError(`Onbekend formaat ${values.format}. ${usage}`, 2);
  // An unknown collection throws the same AppError ("bestaat niet") as in the app.
  const file = await exportCollection(library.db, values.collection, values.format as ExportFormat);
  const out = resolve(values.out);
  writeFileSync(out, file.bytes);
  const summary = file.privacy;
  if (json) return io.out(JSON.stringify({ path: out, bytes: file.bytes.byteLength, privacy: summary }));
  io.out(`Geschreven: ${out} (${file.bytes.byteLength} bytes)`);
  if (summary.pseudonymised.length || summary.omitted.length) {
    io.out(`Onder pseudoniem: ${summary.pseudonymised.length}; weggelaten: ${summary.omitted.length}.`);
  }
}
