import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../i18n/dates';
import { PagedQuoteList } from '../ui/PagedQuoteList';

/**
 * The quotes that support, nuance or challenge a lesson, in the order they were said: all of
 * them, with who said each, when, in which source, and how it bears on the lesson.
 */
export function LessonEvidence({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <section className="evidence" aria-label={t('lessons.evidenceTitle')}>
      <PagedQuoteList
        filters={{ lessonId, sort: 'dateSaid', direction: 'asc' }}
        label={t('lessons.evidenceTitle')}
        line={(q) => {
          const stance = q.lessons.find((l) => l.lessonId === lessonId)?.stance ?? 'supports';
          return [q.speakerName, q.dateSaid && formatDate(q.dateSaid), q.sourceTitle, t(`quotes.stances.${stance}`)].filter(Boolean).join(' · ');
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
