import { $applyNodeReplacement, $createTextNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread, TextNode } from 'lexical';
import { ITEM_KINDS, type ItemKind } from '../../../shared/api/items';
import { ITEM_MENTION_TYPE } from '../../../shared/lexical/extract';

export type SerializedItemMentionNode = Spread<{ itemKind: ItemKind; itemId: string }, SerializedTextNode>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A mention of an item in a note: "@Anna de Wit" (a profile), "#Stop met experimenteren"
 * (a lesson), or a quote or source. Stored with the item's kind and id, so that the
 * note's links and every item's "Genoemd in" are derived from the saved JSON.
 */
export class ItemMentionNode extends TextNode {
  __itemKind: ItemKind;
  __itemId: string;

  static override getType(): string {
    return ITEM_MENTION_TYPE;
  }

  static override clone(node: ItemMentionNode): ItemMentionNode {
    return new ItemMentionNode(node.__itemKind, node.__itemId, node.__text, node.__key);
  }

  static override importJSON(serialized: SerializedItemMentionNode): ItemMentionNode {
    // A pasted or stored mention of an unknown kind or a malformed id becomes plain text.
    if (!ITEM_KINDS.includes(serialized.itemKind) || !UUID.test(String(serialized.itemId))) {
      return $createTextNode(String(serialized.text ?? '')) as unknown as ItemMentionNode;
    }
    return $createItemMentionNode(serialized.itemKind, serialized.itemId, serialized.text).updateFromJSON(serialized);
  }

  constructor(itemKind: ItemKind, itemId: string, text: string, key?: NodeKey) {
    super(text, key);
    this.__itemKind = itemKind;
    this.__itemId = itemId;
  }

  override exportJSON(): SerializedItemMentionNode {
    return { ...super.exportJSON(), type: ITEM_MENTION_TYPE, itemKind: this.__itemKind, itemId: this.__itemId };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.className = `item-mention item-mention-${this.__itemKind}`;
    dom.dataset.itemKind = this.__itemKind;
    dom.dataset.itemId = this.__itemId;
    return dom;
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createItemMentionNode(itemKind: ItemKind, itemId: string, text: string): ItemMentionNode {
  const node = new ItemMentionNode(itemKind, itemId, text);
  node.setMode('segmented').toggleDirectionless();
  return $applyNodeReplacement(node);
}

export function $isItemMentionNode(node: LexicalNode | null | undefined): node is ItemMentionNode {
  return node instanceof ItemMentionNode;
}
