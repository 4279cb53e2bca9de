import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Validates XML against one of the REFI-QDA schemas in ./schemas; returns the validator's errors (none when valid). */
export async function schemaErrors(xml: string, schema: 'Project' | 'Codebook'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: schema === 'Project' ? 'project.qde' : 'codebook.qdc', contents: xml }], schema: [readFileSync(join(import.meta.dirname, 'schemas', `${schema}.xsd`), 'utf8')] });
  return result.errors.map((e) => e.rawMessage);
}

/** Every entry of a zip file, by name (JSZip, as the other tests read zips). */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) if (!file.dir) files.set(file.name, Buffer.from(await file.async('uint8array')));
  return files;
}

/** The XML without the attributes that say when it was written or changed. */
export const withoutTimestamps = (xml: string) => xml.replace(/ (creationDateTime|modifiedDateTime)="[^"]*"/g, '');
