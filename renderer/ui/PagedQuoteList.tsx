import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import type { Input } from '../../shared/api/contract';
import { type ListItem, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';

type QuoteRow = ListItem<'quotes.list'>;

interface PagedQuoteListProps {
  /** Which quotes, in which order (a lesson's evidence, a person's quotes). */
  filters: Omit<Input<'quotes.list'>, 'after' | 'limit'>;
  label: string;
  /** The line under each quote: who, when, where. */
  line(quote: QuoteRow): string;
  /** Reports the total once the first page is in (for the heading). */
  children(total: number, loading: boolean): ReactNode;
}

/**
 * Quotes in the order they were said: all of them, however many (a lesson voiced for 25 years
 * may have thousands), read page by page as the list scrolls and rendered only where visible.
 * Each opens its quote.
 */
export function PagedQuoteList({ filters, label, line, children }: PagedQuoteListProps) {
  const nav = useNavigation();
  const list = useInfiniteList('quotes.list', filters);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: list.items.length, getScrollElement: () => scrollRef.current, estimateSize: () => 72, overscan: 6 });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1];
  const { loadMore } = list;
  useEffect(() => {
    if (last && last.index >= list.items.length - 10) loadMore();
  }, [last, list.items.length, loadMore]);
  return (
    <>
      {children(list.total, list.isLoading)}
      <div ref={scrollRef} className="evidence-list">
        <ol aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row) => {
            const q = list.items[row.index];
            if (!q) return null;
            return (
              <li
                key={q.id}
                data-index={row.index}
                ref={virtualizer.measureElement}
                aria-setsize={list.total}
                aria-posinset={row.index + 1}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
              >
                <button type="button" className="evidence-item" onClick={() => nav.go('quotes', q.id)}>
                  <span className="quote-text">“{q.text}”</span>
                  <span className="row-secondary">{line(q)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </>
  );
}
