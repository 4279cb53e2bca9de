import { basename, extname } from 'node:path';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { looksLikeTranscript } from '../../../../shared/text/speaker-turns';
import { AppError } from '../../errors';
import type { ImportedDocument } from '../imported-document';
import { tidyText } from '../text-decoding';
import { verifyZip } from '../zip-limits';

const CORE_PROPERTIES = 'docProps/core.xml';

/** dc:title, dc:creator and dcterms:created from docProps/core.xml, read as text. */
function coreProperties(core: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!core) return out;
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
 * Word documents: the raw text from mammoth (no HTML, so nothing to sanitise), after one pass
 * that inflates every part as a stream and counts what really comes out, so that a zip bomb,
 * also one whose headers understate its parts, is refused with flat memory.
 */
export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const { entries, kept } = await verifyZip(bytes, fileName, new Set([CORE_PROPERTIES]));
  if (!entries.includes('word/document.xml')) {
    throw new AppError('invalid_input', 'notWord', { name: fileName });
  }
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new AppError('invalid_input', 'wordDamaged', { name: fileName });
  }
  const text = tidyText(raw);
  if (!text) throw new AppError('invalid_input', 'noText', { name: fileName });
  // Title, author and date in docProps are a bonus: a document whose text reads but whose
  // properties do not is still imported, titled by its first line.
  let props: Record<string, string> = {};
  try {
    props = coreProperties(kept.get(CORE_PROPERTIES)?.toString('utf8'));
  } catch {
    // Unreadable properties: the document is titled by its first line instead.
  }
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
