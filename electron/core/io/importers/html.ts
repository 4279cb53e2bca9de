import { basename, extname } from 'node:path';
import { Parser } from 'htmlparser2';
import { looksLikeTranscript } from '../../../../shared/text/speaker-turns';
import { partialDateFrom } from '../dates-from-metadata';
import type { ImportedDocument } from '../imported-document';
import { decodeUtf8, tidyText } from '../text-decoding';
import { AppError } from '../../errors';

/** Elements whose content is never text for the reader (and never runs: we keep only text). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head', 'nav', 'footer', 'form', 'button', 'select']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'main', 'aside', 'blockquote', 'li', 'ul', 'ol', 'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figure', 'figcaption', 'dt', 'dd', 'hr']);

/**
 * Limits that no real article reaches. htmlparser2 keeps its element stack with `unshift`, so
 * its time grows with the square of the nesting depth (200,000 nested <div> took 23 s): the
 * parse stops at the first element past either limit, in linear time.
 */
export const MAX_HTML_DEPTH = 512;
export const MAX_HTML_ELEMENTS = 250_000;

/**
 * HTML to readable text: text content only, so no markup, script or link from the file can
 * reach the page (the sanitising is by construction). Title, author and date come from the
 * metadata where present (<title>, og:title, author, article:published_time, <time>).
 */
export function importHtml(fileName: string, bytes: Uint8Array): ImportedDocument {
  const html = decodeUtf8(bytes, fileName);
  const meta = new Map<string, string>();
  let title = '';
  let firstHeading = '';
  let inTitle = false;
  let headingDepth = 0;
  let skipDepth = 0;
  let text = '';
  let timeDate: string | null = null;
  let depth = 0;
  let elements = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        elements++;
        if (depth > MAX_HTML_DEPTH) throw new AppError('invalid_input', 'htmlTooDeep', { name: fileName, max: MAX_HTML_DEPTH });
        if (elements > MAX_HTML_ELEMENTS) throw new AppError('too_large', 'htmlTooManyElements', { name: fileName, max: MAX_HTML_ELEMENTS });
        if (name === 'meta') {
          const key = (attributes.name ?? attributes.property ?? attributes.itemprop ?? '').toLowerCase();
          if (key && attributes.content) meta.set(key, attributes.content);
          return;
        }
        if (name === 'title') inTitle = true;
        if (name === 'time' && attributes.datetime && !timeDate) timeDate = attributes.datetime;
        if (SKIP.has(name)) skipDepth++;
        if (name === 'h1' && !firstHeading) headingDepth++;
        if (BLOCK.has(name) || name === 'br') text += '\n';
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        text += data.replace(/\s+/g, ' ');
        if (headingDepth > 0) firstHeading += data;
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'h1' && headingDepth > 0) headingDepth--;
        if (BLOCK.has(name)) text += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const canonical = tidyText(text.split('\n').map((l) => l.trim()).join('\n'));
  const pick = (...keys: string[]) => keys.map((k) => meta.get(k)?.trim()).find(Boolean) ?? null;
  const url = pick('og:url');
  return {
    title: (pick('og:title', 'dc.title') ?? title.trim() ?? '') || firstHeading.trim() || basename(fileName, extname(fileName)) || 'Zonder titel',
    text: canonical,
    kind: looksLikeTranscript(canonical) ? 'transcript' : 'article',
    mime: 'text/html',
    author: pick('author', 'article:author', 'dc.creator'),
    outlet: pick('og:site_name', 'publisher'),
    date: partialDateFrom(pick('article:published_time', 'date', 'dc.date', 'dcterms.created', 'pubdate') ?? timeDate),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    language: null,
  };
}
