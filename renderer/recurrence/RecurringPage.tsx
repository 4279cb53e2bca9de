import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { CooccurrenceMap } from './CooccurrenceMap';
import { YearSparkline } from './YearSparkline';

/** Lessons ranked by how long and by how many people they have been voiced. */
function RecurringList() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const recurring = useChannelQuery('lessons.recurring', { limit: 100 }).data ?? [];
  if (recurring.length === 0) return <p className="muted">{t('recurrence.noLessons')}</p>;
  return (
    <ol className="recurring-list">
      {recurring.map((lesson) => {
        const summary =
          lesson.firstYear === null
            ? t('recurrence.noDates')
            : t('recurrence.rowSummary', { first: lesson.firstYear, latest: lesson.latestYear ?? lesson.firstYear, span: lesson.span, speakers: lesson.speakers, count: lesson.quotes });
        return (
          <li key={lesson.lessonId}>
            <button type="button" className="link recurring-title" onClick={() => nav.go('lessons', lesson.lessonId)}>
              {lesson.title}
            </button>
            <span className="row-secondary">{summary}</span>
            <YearSparkline years={lesson.years} label={`${lesson.title}: ${summary}`} />
          </li>
        );
      })}
    </ol>
  );
}

export function RecurringPage() {
  const { t } = useTranslation();
  return (
    <section className="recurring-page" aria-labelledby="recurring-title">
      <h1 id="recurring-title">{t('recurrence.title')}</h1>
      <p className="muted">{t('recurrence.intro')}</p>
      <RecurringList />
      <CooccurrenceMap />
    </section>
  );
}
