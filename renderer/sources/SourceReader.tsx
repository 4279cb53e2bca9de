import { type ReactNode, useMemo, useRef, useState } from 'react';
import { sentenceRanges } from '../../shared/text/sentences';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../shared/api/quotes';
import type { Source } from '../../shared/api/sources';
import { useChannelQuery } from '../api/queries';
import type { QuoteDraft } from '../app/navigation';

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

/** Selects [start, end) of the reader's text, as the mouse would: a DOM range over its text nodes. */
function selectOffsets(container: HTMLElement, start: number, end: number): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const next = offset + node.data.length;
    if (start >= offset && start <= next) range.setStart(node, start - offset);
    if (end >= offset && end <= next) {
      range.setEnd(node, end - offset);
      break;
    }
    offset = next;
  }
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  keepInView(container, range.getBoundingClientRect());
}

/** Scrolls the reader's scrolling ancestor just enough to show the selected sentence. */
function keepInView(container: HTMLElement, rect: DOMRect): void {
  let scroller: HTMLElement | null = container;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.top < view.top + margin) scroller.scrollTop -= view.top + margin - rect.top;
  else if (rect.bottom > view.bottom - margin) scroller.scrollTop += rect.bottom - (view.bottom - margin);
}

/**
 * Keyboard selection, a sentence at a time: Alt+↓ selects the next sentence, Alt+↑ the one
 * before, and with Shift the selection grows by a sentence at its end (↓) or its start (↑).
 */
function nextSelection(sentences: readonly { start: number; end: number }[], current: { start: number; end: number } | null, key: 'ArrowDown' | 'ArrowUp', grow: boolean) {
  if (sentences.length === 0) return null;
  const first = sentences[0] as { start: number; end: number };
  const last = sentences[sentences.length - 1] as { start: number; end: number };
  if (!current) return key === 'ArrowDown' ? first : last;
  const after = sentences.find((s) => s.start >= current.end);
  const before = [...sentences].reverse().find((s) => s.end <= current.start);
  if (grow) return key === 'ArrowDown' ? { start: current.start, end: (after ?? last).end } : { start: (before ?? first).start, end: current.end };
  return key === 'ArrowDown' ? (after ?? current) : (before ?? current);
}

interface SourceReaderProps {
  source: Source;
  /** A new quote for the selected range, made beside the reader. */
  onMakeQuote(draft: QuoteDraft): void;
  /** A highlight was clicked: its quote, opened beside the reader. */
  onOpenQuote(id: string): void;
}

/**
 * The source text as it is stored (the canonical text quotes anchor into), at full height.
 * Selecting a passage and pressing the button (or Ctrl+Shift+C) makes a quote of exactly that
 * range, in a panel beside the text, so the reading position stays where it is.
 */
export function SourceReader({ source, onMakeQuote, onOpenQuote }: SourceReaderProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const quotes = useChannelQuery('quotes.list', { sourceId: source.id, limit: 500, sort: 'position' }).data?.items ?? [];

  const sentences = useMemo(() => sentenceRanges(source.text), [source.text]);
  const update = () => setRange(ref.current ? selectionOffsets(ref.current) : null);
  const makeQuote = () => {
    const current = ref.current ? selectionOffsets(ref.current) : range;
    if (current && current.end > current.start) onMakeQuote({ sourceId: source.id, ...current });
  };

  return (
    <section className="reader-section" aria-label={t('sources.reader')}>
      <div className="reader-toolbar">
        <p className="muted">
          {t('sources.selectHint')} <span id={`reader-keys-${source.id}`}>{t('sources.selectKeys')}</span>
        </p>
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
        aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp Shift+Alt+ArrowDown Shift+Alt+ArrowUp Control+Shift+C"
        aria-describedby={`reader-keys-${source.id}`}
        onKeyDown={(e) => {
          if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'c') {
            e.preventDefault();
            makeQuote();
          } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && ref.current) {
            e.preventDefault();
            const next = nextSelection(sentences, selectionOffsets(ref.current), e.key, e.shiftKey);
            if (next) {
              selectOffsets(ref.current, next.start, next.end);
              setRange(next);
            }
          }
        }}
      >
        {segments(source.text, quotes, onOpenQuote, (piece) => t('sources.openQuote', { text: piece }))}
      </div>
    </section>
  );
}
