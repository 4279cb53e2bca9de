import { type BaseSerializedNode, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { isSafeLinkUrl } from '../../../shared/lexical/extract';
import { sanitizedDocument } from '../../ui/sanitize';

const MAX_PASTE_CHARS = 2_000_000;

interface PastedNode {
  type?: unknown;
  url?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

/**
 * Pasted Lexical JSON is validated like any other input: every node must be of a type this
 * editor knows, links must be http(s) or mailto; anything else refuses the whole payload,
 * which then pastes as plain text.
 */
function validLexicalPayload(raw: string, knownTypes: ReadonlySet<string>): BaseSerializedNode[] | null {
  if (raw.length > MAX_PASTE_CHARS) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    // Not JSON, so not Lexical's clipboard format: refused like any other bad payload, and the
    // paste goes in as plain text (see above).
    return null;
  }
  const nodes = (payload as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return null;
  const ok = (node: unknown, depth: number): boolean => {
    if (depth > 50 || typeof node !== 'object' || node === null) return false;
    const n = node as PastedNode;
    if (typeof n.type !== 'string' || !knownTypes.has(n.type)) return false;
    if (Object.keys(n).some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) return false;
    if ((n.type === 'link' || n.type === 'autolink') && (typeof n.url !== 'string' || !isSafeLinkUrl(n.url))) return false;
    if (n.children !== undefined && (!Array.isArray(n.children) || !n.children.every((c) => ok(c, depth + 1)))) return false;
    return true;
  };
  return nodes.every((n) => ok(n, 0)) ? (nodes as BaseSerializedNode[]) : null;
}

/** Paste: Lexical JSON validated, HTML through the sanitiser, everything else as plain text. */
export function SafePastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data) return false;
          const lexical = data.getData('application/x-lexical-editor');
          const html = data.getData('text/html');
          if (!lexical && !html) return false;
          event.preventDefault();
          const knownTypes = new Set([...editor._nodes.keys()]);
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const nodes = lexical ? validLexicalPayload(lexical, knownTypes) : null;
            if (nodes) {
              $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(nodes), selection);
            } else if (html && html.length <= MAX_PASTE_CHARS) {
              $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, sanitizedDocument(html)), selection);
            } else {
              selection.insertRawText(data.getData('text/plain'));
            }
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
