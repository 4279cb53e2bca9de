import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../shared/api/quotes';
import type { Source } from '../../shared/api/sources';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';

/**
 * The text cut at every quote boundary: plain text where no quote is, a highlight (a button
 * that opens the quote) where one or more are. The concatenated text stays exactly the source
 * text, so selection offsets remain character offsets into it.
 */
function segments(text: string, quotes: readonly Quote[], open: (id: string) => void, label: (piece: string) => string): ReactNode[] {
  const anchored = quotes.filter((q) => q.anchorStatus === 'anchored' && q.anchor.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const q of anchored) {
    cuts.add(q.anchor.start);
    cuts.add(q.anchor.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const piece = text.slice(start, end);
    const covering = anchored.find((q) => q.anchor.start <= start && q.anchor.end >= end);
    if (!covering) {
      out.push(piece);
      continue;
    }
    out.push(
      <mark
        key={start}
        className="quote-highlight"
        role="button"
        tabIndex={0}
        // The name holds the highlighted words themselves, so what is seen is what is announced.
        aria-label={label(piece)}
        onClick={() => {
          if (window.getSelection()?.isCollapsed !== false) open(covering.id);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') open(covering.id);
        }}
      >
        {piece}
      </mark>,
    );
  }
  return out;
}

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
  const quotes = useChannelQuery('quotes.list', { sourceId: source.id, limit: 500, sort: 'position' }).data?.items ?? [];

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
        {segments(source.text, quotes, (id) => nav.go('quotes', id), (piece) => t('sources.openQuote', { text: piece }))}
      </div>
    </section>
  );
}
