import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalNode } from 'lexical';
import { useTranslation } from 'react-i18next';

/** A small toolbar: emphasis, a heading, lists and a quote block; mentions come by typing @, # or +. */
export function ToolbarPlugin() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const block = (create: () => LexicalNode) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, create as never);
    });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('notes.toolbar')}>
      <button type="button" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} aria-label={t('notes.bold')}>
        <b>B</b>
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} aria-label={t('notes.italic')}>
        <i>I</i>
      </button>
      <button type="button" onClick={() => block(() => $createHeadingNode('h3'))} aria-label={t('notes.heading')}>
        H
      </button>
      <button type="button" onClick={() => block(() => $createParagraphNode())} aria-label={t('notes.paragraph')}>
        ¶
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)} aria-label={t('notes.bullets')}>
        •
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)} aria-label={t('notes.numbers')}>
        1.
      </button>
      <button type="button" onClick={() => block(() => $createQuoteNode())} aria-label={t('notes.quote')}>
        ❝
      </button>
      <span className="muted editor-hint">{t('notes.hint')}</span>
    </div>
  );
}
