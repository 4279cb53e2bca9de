import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../i18n/dates';
import { PagedQuoteList } from '../ui/PagedQuoteList';

/** What this person said over the years, oldest first: all of it, however much. */
export function PersonQuotes({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <section className="evidence" aria-label={t('people.quotes')}>
      <PagedQuoteList
        filters={{ speakerId: personId, sort: 'dateSaid', direction: 'asc' }}
        label={t('people.quotes')}
        line={(q) => [q.dateSaid ? formatDate(q.dateSaid) : t('common.unknown'), q.sourceTitle].join(' · ')}
      >
        {(total, loading) => (
          <>
            <h3>
              {t('people.quotes')} <span className="muted">({total})</span>
            </h3>
            {total === 0 && !loading && <p className="muted">{t('people.noQuotes')}</p>}
          </>
        )}
      </PagedQuoteList>
    </section>
  );
}
