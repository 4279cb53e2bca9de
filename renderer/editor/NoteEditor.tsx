import { AutoLinkPlugin, createLinkMatcherWithRegExp } from '@lexical/react/LexicalAutoLinkPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeLinkUrl } from '../../shared/lexical/extract';
import type { LexicalDoc } from '../../shared/lexical/document';
import { EDITOR_NODES, EDITOR_THEME } from './editor-nodes';
import { MentionsPlugin } from './plugins/MentionsPlugin';
import { SafeLinksPlugin } from './plugins/SafeLinksPlugin';
import { SafePastePlugin } from './plugins/SafePastePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

const URL_MATCHER = createLinkMatcherWithRegExp(/https?:\/\/[^\s<>"')]+[^\s<>"').,;:!?]/, (text) => text);

interface NoteEditorProps {
  label: string;
  doc: LexicalDoc;
  /** Called after typing pauses; the note saves itself. */
  onSave(doc: LexicalDoc): Promise<unknown>;
}

/**
 * A rich-text note: headings, emphasis, lists, quote blocks, links, and mentions of profiles
 * (@), lessons (#), quotes and sources (+). Saved automatically as Lexical JSON; the text
 * and links are derived in core. Pasting goes through the sanitiser.
 */
export function NoteEditor({ label, doc, onSave }: NoteEditorProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'saved' | 'saving' | 'failed' | 'idle'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<LexicalDoc | null>(null);
  const save = useRef(onSave);
  save.current = onSave;
  const mounted = useRef(true);

  const flush = useRef(() => {
    const pending = latest.current;
    if (!pending) return;
    latest.current = null;
    if (mounted.current) setStatus('saving');
    save.current(pending).then(
      () => mounted.current && setStatus('saved'),
      () => mounted.current && setStatus('failed'),
    );
  }).current;
  // Save what was typed when the editor goes away (switching items) rather than losing it.
  useEffect(
    () => () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
      flush();
    },
    [flush],
  );

  const onChange = (state: EditorState) => {
    latest.current = state.toJSON() as unknown as LexicalDoc;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, 700);
  };

  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'wijkgeheugen-note',
        nodes: EDITOR_NODES,
        theme: EDITOR_THEME,
        editorState: JSON.stringify(doc),
        onError: (error) => console.error('[editor]', error),
      }}
    >
      <div className="note-editor">
        <ToolbarPlugin />
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label={label} aria-multiline="true" role="textbox" />}
          placeholder={<div className="editor-placeholder">{t('notes.placeholder')}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeLinkUrl} />
        <AutoLinkPlugin matchers={[URL_MATCHER]} />
        <SafeLinksPlugin />
        <SafePastePlugin />
        <MentionsPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={onChange} />
        <p className="editor-status" aria-live="polite">
          {status === 'saving' ? t('common.saving') : status === 'saved' ? t('common.saved') : status === 'failed' ? t('notes.saveFailed') : ''}
        </p>
      </div>
    </LexicalComposer>
  );
}
