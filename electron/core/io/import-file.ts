import { basename, extname } from 'node:path';
import type { Source } from '../../../shared/api/sources';
import { sourceCreateSchema } from '../../../shared/api/sources';
import { speakersOf } from '../../../shared/text/speaker-turns';
import { AppError } from '../errors';
import { createPerson } from '../people/store';
import type { Library } from '../library/library';
import { storeOriginal } from '../sources/originals';
import { writeSpeakers } from '../sources/speakers';
import { createSource, requireSource } from '../sources/store';
import { IMPORTABLE_EXTENSIONS } from './imported-document';
import { readImportInWorker } from './read-in-worker';

export { IMPORTABLE_EXTENSIONS };

export function isImportable(fileName: string): boolean {
  return IMPORTABLE_EXTENSIONS.includes(extname(fileName).toLowerCase());
}

export interface ImportResult {
  source: Source;
  speakers: string[];
}

/**
 * Imports a file as a source: the original is stored by its SHA-256, the canonical text
 * becomes the source's text, and speaker turns become its known speakers. Either all of
 * this is stored or, on any problem, nothing is.
 */
export async function importFile(library: Library, fileName: string, bytes: Uint8Array, taskId?: string): Promise<ImportResult> {
  const step = library.tasks.stepper(taskId, library.events);
  // Parsed in a worker thread: the host keeps answering, and a stop ends the parse at once.
  const document = await readImportInWorker(fileName, bytes, step, library.tasks.signal(taskId));
  // The last moment to stop: after this the source is written in one transaction.
  await step(1, 1);
  const parsed = sourceCreateSchema.safeParse({
    title: document.title.slice(0, 500),
    kind: document.kind,
    text: document.text,
    ...(document.date ? { date: document.date } : {}),
    ...(document.url ? { url: document.url } : {}),
    ...(document.outlet ? { outlet: document.outlet.slice(0, 300) } : {}),
  });
  if (!parsed.success) throw new AppError('invalid_input', 'importFieldInvalid', { name: basename(fileName), field: parsed.error.issues[0]?.path.join('.') ?? '' }, { detail: parsed.error.issues[0]?.message ?? '' });
  const speakers = speakersOf(document.text);
  const source = library.db.transaction(() => {
    const sha = storeOriginal(library, bytes, basename(fileName), document.mime);
    // The author from the file's metadata becomes the source's author: an existing profile of
    // that exact name, else a new one.
    const author = document.author?.trim().slice(0, 300);
    if (author) {
      const existing = library.db.prepare('SELECT id FROM people WHERE deleted_at IS NULL AND lower(name) = lower(?) LIMIT 1').pluck().get(author) as string | undefined;
      const personId = existing ?? createPerson(library.db, { name: author, pseudonym: null, consent: 'name', summary: '', roles: [], tagIds: [] }).id;
      parsed.data.people = [{ personId, part: 'author' }];
    }
    const created = createSource(library.db, parsed.data, sha);
    writeSpeakers(library.db, created.id, speakers.map((label) => ({ label, personId: null })));
    return requireSource(library.db, created.id);
  })();
  return { source, speakers };
}
