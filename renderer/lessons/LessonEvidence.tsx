import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../shared/dates/format-partial-date';
import { useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';

/**
 * The quotes that support, nuance or challenge a lesson, in the order they were said: all of
 * them, however many (a lesson voiced for 25 years may have thousands), read page by page as
 * the list scrolls and rendered only where visible.
 */
export function LessonEvidence({ lessonId }: { lessonId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const nav = useNavigation();
  const list = useInfiniteList('quotes.list', { lessonId, sort: 'dateSaid', direction: 'asc' });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: list.items.length, getScrollElement: () => scrollRef.current, estimateSize: () => 72, overscan: 6 });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1];
  const { loadMore } = list;
  useEffect(() => {
    if (last && last.index >= list.items.length - 10) loadMore();
  }, [last, list.items.length, loadMore]);

  return (
    <section className="evidence" aria-label={t('lessons.evidenceTitle')}>
      <h3>
        {t('lessons.evidenceTitle')} <span className="muted">({t('lessons.evidence', { count: list.total })})</span>
      </h3>
      {list.total === 0 && !list.isLoading && <p className="muted">{t('lessons.noEvidence')}</p>}
      <div ref={scrollRef} className="evidence-list">
        <ol aria-label={t('lessons.evidenceTitle')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row) => {
            const q = list.items[row.index];
            if (!q) return null;
            const stance = q.lessons.find((l) => l.lessonId === lessonId)?.stance ?? 'supports';
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
                  <span className="row-secondary">{[q.speakerName, q.dateSaid && formatPartialDate(q.dateSaid, language), q.sourceTitle, t(`quotes.stances.${stance}`)].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
