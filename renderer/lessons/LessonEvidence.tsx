import { useTranslation } from 'react-i18next';
import { comparePartialDates } from '../../shared/dates/partial-date';
import { useChannelQuery } from '../api/queries';
import { useAll } from '../api/use-all';
import { useNavigation } from '../app/navigation';

/** The quotes that support, nuance or challenge a lesson, in the order they were said. */
export function LessonEvidence({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const people = useAll('people');
  const quotes = useChannelQuery('quotes.list', { lessonId, limit: 500, sort: 'dateSaid' }).data?.items ?? [];
  const sorted = [...quotes].sort((a, b) => comparePartialDates(a.dateSaid, b.dateSaid));
  return (
    <section className="evidence" aria-label={t('lessons.evidenceTitle')}>
      <h3>{t('lessons.evidenceTitle')}</h3>
      {sorted.length === 0 && <p className="muted">{t('lessons.noEvidence')}</p>}
      <ol>
        {sorted.map((q) => {
          const stance = q.lessons.find((l) => l.lessonId === lessonId)?.stance ?? 'supports';
          const speaker = people.find((p) => p.id === q.speakerId)?.name;
          return (
            <li key={q.id}>
              <button type="button" className="evidence-item" onClick={() => nav.go('quotes', q.id)}>
                <span className="quote-text">“{q.text}”</span>
                <span className="row-secondary">{[speaker, q.dateSaid, t(`quotes.stances.${stance}`)].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
