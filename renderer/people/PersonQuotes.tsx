import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../shared/dates/format-partial-date';
import { useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';

/**
 * What this person said over the years, oldest first: all of it, however much, read page by page
 * as the list scrolls and rendered only where visible (as a lesson's evidence is).
 */
export function PersonQuotes({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const nav = useNavigation();
  const list = useInfiniteList('quotes.list', { speakerId: personId, sort: 'dateSaid', direction: 'asc' });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: list.items.length, getScrollElement: () => scrollRef.current, estimateSize: () => 72, overscan: 6 });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1];
  const { loadMore } = list;
  useEffect(() => {
    if (last && last.index >= list.items.length - 10) loadMore();
  }, [last, list.items.length, loadMore]);

  return (
    <section className="evidence" aria-label={t('people.quotes')}>
      <h3>
        {t('people.quotes')} <span className="muted">({list.total})</span>
      </h3>
      {list.total === 0 && !list.isLoading && <p className="muted">{t('people.noQuotes')}</p>}
      <div ref={scrollRef} className="evidence-list">
        <ol aria-label={t('people.quotes')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
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
                  <span className="row-secondary">{[q.dateSaid ? formatPartialDate(q.dateSaid, language) : t('common.unknown'), q.sourceTitle].join(' · ')}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
