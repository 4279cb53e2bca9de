import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../shared/dates/format-partial-date';
import { PagedQuoteList } from '../ui/PagedQuoteList';

/** What this person said over the years, oldest first: all of it, however much. */
export function PersonQuotes({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section className="evidence" aria-label={t('people.quotes')}>
      <PagedQuoteList
        filters={{ speakerId: personId, sort: 'dateSaid', direction: 'asc' }}
        label={t('people.quotes')}
        line={(q) => [q.dateSaid ? formatPartialDate(q.dateSaid, language) : t('common.unknown'), q.sourceTitle].join(' · ')}
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
