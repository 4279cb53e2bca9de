import type { ItemKind, ItemRef } from '../api/items';
import { ITEM_KINDS } from '../api/items';
import type { LexicalDoc, LexicalNodeJson } from './document';
import { isWebOrMailUrl } from '../text/parse-url';

/** Block nodes end with a line break in the plain text, so search sees paragraphs. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code']);

/** The node type our editor uses for @profile, #lesson and item links. */
export const ITEM_MENTION_TYPE = 'item-mention';

export interface ExtractedDoc {
  plainText: string;
  /** Items this note points at, each once, in document order. */
  itemLinks: ItemRef[];
  /** Web links (http, https, mailto) in document order. */
  webLinks: string[];
}

export const isSafeLinkUrl = isWebOrMailUrl;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const itemKinds: ReadonlySet<string> = new Set(ITEM_KINDS);

function mentionRef(node: LexicalNodeJson): ItemRef | null {
  const { itemKind, itemId } = node;
  if (typeof itemKind !== 'string' || !itemKinds.has(itemKind)) return null;
  if (typeof itemId !== 'string' || !UUID.test(itemId)) return null;
  return { kind: itemKind as ItemKind, id: itemId.toLowerCase() };
}

export function extractDoc(doc: LexicalDoc, options: { mentionsAsNames?: boolean } = {}): ExtractedDoc {
  const parts: string[] = [];
  const itemLinks: ItemRef[] = [];
  const seen = new Set<string>();
  const webLinks: string[] = [];

  const visit = (node: LexicalNodeJson): void => {
    if (node.type === ITEM_MENTION_TYPE) {
      const ref = mentionRef(node);
      if (ref && !seen.has(`${ref.kind}:${ref.id}`)) {
        seen.add(`${ref.kind}:${ref.id}`);
        itemLinks.push(ref);
      }
    }
    if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string' && isSafeLinkUrl(node.url)) {
      webLinks.push(node.url);
    }
    if (typeof node.text === 'string') parts.push(options.mentionsAsNames && node.type === ITEM_MENTION_TYPE ? node.text.replace(/^[@#]/, '') : node.text);
    if (node.type === 'linebreak') parts.push('\n');
    for (const child of node.children ?? []) visit(child);
    if (BLOCK_TYPES.has(node.type)) parts.push('\n');
  };
  for (const child of doc.root.children) visit(child);

  const plainText = parts.join('').replace(/\n{3,}/g, '\n\n').trim();
  return { plainText, itemLinks, webLinks };
}
