import DOMPurify from 'dompurify';
import { isSafeLinkUrl } from '../../shared/lexical/extract';

/**
 * The one place where foreign HTML is cleaned (DESIGN.md, security baseline). Pasted HTML
 * keeps its structure (headings, lists, emphasis, links) and loses everything that can run
 * or load: scripts, event handlers, styles, frames, SVG, forms, and any link that is not
 * http(s) or mailto.
 */
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.hasAttribute('href') && !isSafeLinkUrl(node.getAttribute('href') ?? '')) node.removeAttribute('href');
});

export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'span', 'div', 'code', 'pre'],
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_TRUSTED_TYPE: false,
  });
}

/** Parsed, sanitised HTML as a detached document: never attached to the page. */
export function sanitizedDocument(html: string): Document {
  return new DOMParser().parseFromString(sanitizeHtml(html), 'text/html');
}
