import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { ItemMentionNode } from './nodes/ItemMentionNode';

/** Every node a note may contain, registered in one list (as the Lexical playground does). */
export const EDITOR_NODES: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, ItemMentionNode];

export const EDITOR_THEME = {
  paragraph: 'editor-paragraph',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3' },
  quote: 'editor-quote',
  list: { ul: 'editor-ul', ol: 'editor-ol', listitem: 'editor-li' },
  link: 'editor-link',
  text: { bold: 'editor-bold', italic: 'editor-italic', underline: 'editor-underline' },
};
