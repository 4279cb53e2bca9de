import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';

/** What this person said over the years, oldest first. */
export function PersonQuotes({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const quotes = useChannelQuery('quotes.list', { speakerId: personId, sort: 'dateSaid', limit: 500 }).data?.items ?? [];
  return (
    <section className="evidence" aria-label={t('people.quotes')}>
      <h3>{t('people.quotes')}</h3>
      {quotes.length === 0 && <p className="muted">{t('people.noQuotes')}</p>}
      <ol>
        {quotes.map((q) => (
          <li key={q.id}>
            <button type="button" className="evidence-item" onClick={() => nav.go('quotes', q.id)}>
              <span className="quote-text">“{q.text}”</span>
              <span className="row-secondary">{q.dateSaid ?? t('common.unknown')}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
