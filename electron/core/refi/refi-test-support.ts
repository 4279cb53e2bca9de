import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import yauzl from 'yauzl';

/** Validates XML against one of the REFI-QDA schemas in ./schemas; returns the validator's errors (none when valid). */
export async function schemaErrors(xml: string, schema: 'Project' | 'Codebook'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: schema === 'Project' ? 'project.qde' : 'codebook.qdc', contents: xml }], schema: [readFileSync(join(import.meta.dirname, 'schemas', `${schema}.xsd`), 'utf8')] });
  return result.errors.map((e) => e.rawMessage);
}

/** Every entry of a zip file, by name. */
export function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The XML without the attributes that say when it was written or changed. */
export const withoutTimestamps = (xml: string) => xml.replace(/ (creationDateTime|modifiedDateTime)="[^"]*"/g, '');
