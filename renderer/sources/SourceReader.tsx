import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../shared/api/sources';
import { useNavigation } from '../app/navigation';

/** Character offsets of the current selection inside the reader, or null when it lies outside. */
function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * The source text as it is stored (the canonical text quotes anchor into). Selecting a
 * passage and pressing the button (or Ctrl+Shift+C) opens a new quote for exactly that range.
 */
export function SourceReader({ source }: { source: Source }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const ref = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);

  const update = () => setRange(ref.current ? selectionOffsets(ref.current) : null);
  const makeQuote = () => {
    const current = ref.current ? selectionOffsets(ref.current) : range;
    if (current && current.end > current.start) nav.startQuote({ sourceId: source.id, ...current });
  };

  return (
    <section className="reader-section" aria-label={t('sources.reader')}>
      <div className="reader-toolbar">
        <p className="muted">{t('sources.selectHint')}</p>
        <button type="button" className="primary" disabled={!range} onClick={makeQuote} aria-keyshortcuts="Control+Shift+C">
          {t('sources.makeQuote')}
        </button>
      </div>
      <div
        ref={ref}
        className="reader"
        tabIndex={0}
        aria-label={t('sources.reader')}
        onMouseUp={update}
        onKeyUp={update}
        onKeyDown={(e) => {
          if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'c') {
            e.preventDefault();
            makeQuote();
          }
        }}
      >
        {source.text}
      </div>
    </section>
  );
}
