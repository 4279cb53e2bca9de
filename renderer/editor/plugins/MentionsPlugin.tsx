import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../shared/api/items';
import type { SearchHit } from '../../../shared/api/search';
import { useChannelQuery } from '../../api/queries';
import { $createItemMentionNode } from '../nodes/ItemMentionNode';

/** "@" for profiles, "#" for lessons, "+" for quotes and sources. */
const TRIGGERS: Record<string, ItemKind[]> = { '@': ['person'], '#': ['lesson'], '+': ['quote', 'source'] };
const MATCH = /(^|[\s(])([@#+])([^@#+\n]{0,40})$/;

class ItemOption extends MenuOption {
  constructor(readonly hit: SearchHit) {
    super(`${hit.kind}:${hit.id}`);
  }
  get label(): string {
    return this.hit.title || `“${this.hit.snippet.slice(0, 60)}”`;
  }
}

function triggerMatch(text: string): (MenuTextMatch & { trigger: string }) | null {
  const match = MATCH.exec(text);
  if (!match) return null;
  const [, lead = '', trigger = '@', query = ''] = match;
  // A space right after the trigger ("# ") is ordinary text, not a mention.
  if (query.startsWith(' ')) return null;
  return { leadOffset: match.index + lead.length, matchingString: query, replaceableString: `${trigger}${query}`, trigger };
}

/** Typeahead for mentions, over the same search as the palette. */
export function MentionsPlugin() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<{ trigger: string; text: string } | null>(null);
  const kinds = query ? TRIGGERS[query.trigger] : undefined;
  const search = useChannelQuery('search.query', { text: query?.text || 'a', kinds: kinds ?? ['person'], limit: 6 }, { enabled: Boolean(query && query.text.length > 0) });
  const options = useMemo(() => (query?.text ? (search.data?.hits ?? []).map((hit) => new ItemOption(hit)) : []), [query, search.data]);

  const triggerFn = useCallback((text: string) => {
    const match = triggerMatch(text);
    setQuery((current) => {
      if (!match) return current === null ? current : null;
      return current?.trigger === match.trigger && current.text === match.matchingString ? current : { trigger: match.trigger, text: match.matchingString };
    });
    return match;
  }, []);

  const onSelect = useCallback(
    (option: ItemOption, nodeToReplace: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const prefix = option.hit.kind === 'person' ? '@' : option.hit.kind === 'lesson' ? '#' : '';
        const node = $createItemMentionNode(option.hit.kind, option.hit.id, `${prefix}${option.label}`);
        if (nodeToReplace) nodeToReplace.replace(node);
        node.select();
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<ItemOption>
      // The menu's anchor goes inside the page's main landmark, not loose in <body> (where axe
      // reports content outside any landmark); main is not positioned, so the anchor's
      // coordinates are the same as in <body>.
      {...menuParent()}
      onQueryChange={() => undefined}
      onSelectOption={onSelect}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <ul className="mention-menu" role="listbox" aria-label={t('notes.mentionMenu')}>
                {options.map((option, i) => (
                  <li
                    key={option.key}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className={selectedIndex === i ? 'active' : ''}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => selectOptionAndCleanUp(option)}
                  >
                    <span className="badge">{t(`trash.kinds.${option.hit.kind}`)}</span> {option.label}
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}

function menuParent(): { parent?: HTMLElement } {
  const main = document.getElementById('inhoud');
  return main ? { parent: main } : {};
}
