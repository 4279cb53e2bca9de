import { basename } from 'node:path';
import type { HandlerGroup } from '../handler-types';
import { importReferences } from './import-references';

export const referencesHandlers: HandlerGroup<'references.import'> = {
  'references.import': (library, { file, attachments }) => {
    // Files chosen in the window carry no folders: an attachment is found by its file name.
    const byName = new Map(attachments.map((a) => [basename(a.fileName).toLowerCase(), a]));
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    return importReferences(library, file.fileName, text, (path) => {
      const found = byName.get(basename(path.replace(/\\/g, '/')).toLowerCase());
      return found ? { fileName: found.fileName, bytes: Buffer.from(found.dataBase64, 'base64') } : null;
    });
  },
};
