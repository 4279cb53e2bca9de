import { basename, extname } from 'node:path';
import { looksLikeTranscript } from '../../../../shared/text/speaker-turns';
import type { ImportedDocument } from '../imported-document';
import { decodeUtf8, tidyText } from '../text-decoding';

/** The first Markdown heading, else the file name without extension. */
export function titleFor(fileName: string, text: string): string {
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text);
  if (heading?.[1]) return heading[1].trim().slice(0, 500);
  return basename(fileName, extname(fileName)).trim().slice(0, 500) || 'Zonder titel';
}

/** .txt and .md: the text as it is; "Naam: tekst" turns make it a transcript. */
export function importPlainText(fileName: string, bytes: Uint8Array): ImportedDocument {
  const text = tidyText(decodeUtf8(bytes, fileName));
  const markdown = /\.(md|markdown)$/i.test(fileName);
  return {
    title: titleFor(fileName, text),
    text,
    kind: looksLikeTranscript(text) ? 'transcript' : 'other',
    mime: markdown ? 'text/markdown' : 'text/plain',
  };
}
