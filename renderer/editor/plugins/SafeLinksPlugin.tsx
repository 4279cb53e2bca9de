import { AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { ElementNode } from 'lexical';
import { useEffect } from 'react';
import { isSafeLinkUrl } from '../../../shared/lexical/extract';

/**
 * Whatever made a link (typing, pasting HTML, pasting Lexical JSON, a stored note), a link that
 * is not http(s) or mailto is unwrapped to its text before it can reach the DOM.
 */
export function SafeLinksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unwrap = (node: ElementNode & { getURL(): string }) => {
      if (isSafeLinkUrl(node.getURL())) return;
      for (const child of node.getChildren()) node.insertBefore(child);
      node.remove();
    };
    return mergeRegister(editor.registerNodeTransform(LinkNode, unwrap), editor.registerNodeTransform(AutoLinkNode, unwrap));
  }, [editor]);
  return null;
}
