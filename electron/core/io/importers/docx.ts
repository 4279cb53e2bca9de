import { basename, extname } from 'node:path';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { looksLikeTranscript } from '../../../../shared/text/speaker-turns';
import { AppError } from '../../errors';
import type { ImportedDocument } from '../imported-document';
import { tidyText } from '../text-decoding';
import { checkZip } from '../zip-limits';

/** dc:title, dc:creator and dcterms:created from docProps/core.xml, read as text. */
async function coreProperties(bytes: Uint8Array): Promise<Record<string, string>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const core = await zip.file('docProps/core.xml')?.async('string');
  const out: Record<string, string> = {};
  if (!core || core.length > 1_000_000) return out;
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag: (name) => (current = name),
      ontext: (text) => {
        if (current) out[current] = (out[current] ?? '') + text;
      },
      onclosetag: () => (current = null),
    },
    { xmlMode: true },
  );
  parser.write(core);
  parser.end();
  return out;
}

/**
 * Word documents: the raw text from mammoth (no HTML, so nothing to sanitise), after checking
 * the zip's declared sizes so that a zip bomb is refused before anything is inflated.
 */
export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const entries = await checkZip(bytes, fileName);
  if (!entries.some((e) => e.fileName === 'word/document.xml')) {
    throw new AppError('invalid_input', `${fileName} is geen Word-document (word/document.xml ontbreekt).`);
  }
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new AppError('invalid_input', `${fileName} kon niet worden gelezen; het Word-bestand is beschadigd.`);
  }
  const text = tidyText(raw);
  if (!text) throw new AppError('invalid_input', `${fileName} bevat geen tekst.`);
  // Title, author and date in docProps are a bonus: a document whose text reads but whose
  // properties do not is still imported, titled by its first line.
  const props = await coreProperties(bytes).catch(() => ({}) as Record<string, string>);
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return {
    title: props['dc:title']?.trim() || (firstLine.length <= 150 ? firstLine : '') || basename(fileName, extname(fileName)),
    text,
    kind: looksLikeTranscript(text) ? 'transcript' : 'interview',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    author: props['dc:creator']?.trim() || null,
    // dcterms:created is when the file was made, not when the interview took place: not used.
  };
}
