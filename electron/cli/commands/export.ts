import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/exports';
import { dispatch } from '../../core/dispatch';
import { exportCollection } from '../../core/export/export-collection';
import { type CommandContext, CliError } from '../io';

/** `export --collection ID --format md|html|csv|json --out PATH`: a collection to a file. */
export async function exportCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { collection: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  const usage = `Gebruik: export --collection ID --format ${EXPORT_FORMATS.join('|')} --out PAD`;
  if (!values.collection || !values.format || !values.out) throw new CliError(usage, 2);
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new CliError(`Onbekend formaat ${values.format}. ${usage}`, 2);
  // Through dispatch first, so an unknown or malformed id gets the same clear message as in the app.
  const privacy = await dispatch(library, 'exports.privacy', { collectionId: values.collection });
  if (!privacy.ok) throw new CliError(privacy.error.message);
  const file = await exportCollection(library.db, values.collection, values.format as ExportFormat);
  const out = resolve(values.out);
  writeFileSync(out, file.bytes);
  const summary = privacy.value as { named: string[]; pseudonymised: { name: string }[]; omitted: string[] };
  if (json) return io.out(JSON.stringify({ path: out, bytes: file.bytes.byteLength, privacy: summary }));
  io.out(`Geschreven: ${out} (${file.bytes.byteLength} bytes)`);
  if (summary.pseudonymised.length || summary.omitted.length) {
    io.out(`Onder pseudoniem: ${summary.pseudonymised.length}; weggelaten: ${summary.omitted.length}.`);
  }
}
