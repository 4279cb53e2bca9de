import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../shared/dates/format-partial-date';
import { PagedQuoteList } from '../ui/PagedQuoteList';

/**
 * The quotes that support, nuance or challenge a lesson, in the order they were said: all of
 * them, with who said each, when, in which source, and how it bears on the lesson.
 */
export function LessonEvidence({ lessonId }: { lessonId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section className="evidence" aria-label={t('lessons.evidenceTitle')}>
      <PagedQuoteList
        filters={{ lessonId, sort: 'dateSaid', direction: 'asc' }}
        label={t('lessons.evidenceTitle')}
        line={(q) => {
          const stance = q.lessons.find((l) => l.lessonId === lessonId)?.stance ?? 'supports';
          return [q.speakerName, q.dateSaid && formatPartialDate(q.dateSaid, language), q.sourceTitle, t(`quotes.stances.${stance}`)].filter(Boolean).join(' · ');
        }}
      >
        {(total, loading) => (
          <>
            <h3>
              {t('lessons.evidenceTitle')} <span className="muted">({t('lessons.evidence', { count: total })})</span>
            </h3>
            {total === 0 && !loading && <p className="muted">{t('lessons.noEvidence')}</p>}
          </>
        )}
      </PagedQuoteList>
    </section>
  );
}
