import { basename, extname } from 'node:path';
import { looksLikeTranscript } from '../../../../shared/text/speaker-turns';
import { AppError, messageOf } from '../../errors';
import { partialDateFrom } from '../dates-from-metadata';
import type { ImportedDocument } from '../imported-document';
import { tidyText } from '../text-decoding';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/**
 * PDF text with pdf.js. isEvalSupported: false closes CVE-2024-4367 (font code run as script);
 * no fonts are loaded and nothing is rendered: we want the words only.
 */
export async function importPdf(fileName: string, bytes: Uint8Array, step?: (done: number, total: number) => Promise<void>): Promise<ImportedDocument> {
  const header = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!header.includes('%PDF-')) throw new AppError('invalid_input', 'notPdf', { name: fileName });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const locked = error instanceof Error && /password/i.test(error.message);
    throw new AppError('invalid_input', locked ? 'pdfLocked' : 'pdfDamaged', { name: fileName }, { detail: messageOf(error) });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      await step?.(n - 1, document.numPages);
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItem[]) {
        text += item.str ?? '';
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
      page.cleanup();
    }
    const text = tidyText(pages.join('\n\n'));
    if (!text) throw new AppError('invalid_input', 'pdfNoText', { name: fileName });
    // The info dictionary is a bonus: a PDF whose pages read but whose metadata does not is still
    // imported, titled by its file name.
    const { info } = (await document.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const pdfDate = typeof info.CreationDate === 'string' ? info.CreationDate.replace(/^D:(\d{4})(\d{2})?(\d{2})?.*/, (_m, y, m, d) => [y, m, d].filter(Boolean).join('-')) : null;
    return {
      title: (typeof info.Title === 'string' && info.Title.trim()) || basename(fileName, extname(fileName)),
      text,
      kind: looksLikeTranscript(text) ? 'transcript' : 'report',
      mime: 'application/pdf',
      author: typeof info.Author === 'string' ? info.Author.trim() || null : null,
      date: partialDateFrom(pdfDate),
    };
  } finally {
    await document.destroy();
  }
}
