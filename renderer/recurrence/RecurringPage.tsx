import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { YearSparkline } from './YearSparkline';

const FACETS = ['programme', 'place', 'period', 'theme'] as const;
type Facet = (typeof FACETS)[number];

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
            : t('recurrence.rowSummary', { first: lesson.firstYear, latest: lesson.latestYear, span: lesson.span, speakers: lesson.speakers, count: lesson.quotes });
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

/** Lessons against the labels of one facet; each count opens exactly those quotes. */
function CooccurrenceMap() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [facet, setFacet] = useState<Facet>('programme');
  const data = useChannelQuery('lessons.cooccurrence', { facet }).data;
  const max = Math.max(1, ...(data?.cells.map((c) => c.count) ?? []));
  const count = (lessonId: string, tagId: string) => data?.cells.find((c) => c.lessonId === lessonId && c.tagId === tagId)?.count ?? 0;
  return (
    <section className="cooccurrence" aria-labelledby="cooccurrence-title">
      <h2 id="cooccurrence-title">{t('recurrence.cooccurrenceTitle')}</h2>
      <label>
        {t('recurrence.facet')}{' '}
        <select value={facet} onChange={(e) => setFacet(e.target.value as Facet)}>
          {FACETS.map((f) => (
            <option key={f} value={f}>
              {t(`tags.facets.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {!data || data.cells.length === 0 ? (
        <p className="muted">{t('recurrence.noCooccurrence')}</p>
      ) : (
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('lessons.title')}</span>
              </th>
              {data.tags.map((tag) => (
                <th key={tag.id} scope="col" className={tag.parentId ? 'child-column' : undefined} title={tag.parentId ? t('recurrence.partOf', { name: tag.name, parent: data.tags.find((p) => p.id === tag.parentId)?.name ?? '' }) : undefined}>
                  <span>{tag.parentId ? `› ${tag.name}` : tag.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.lessons.map((lesson) => (
              <tr key={lesson.id}>
                <th scope="row">{lesson.title}</th>
                {data.tags.map((tag) => {
                  const n = count(lesson.id, tag.id);
                  return (
                    <td key={tag.id} style={{ backgroundColor: n ? `rgba(29, 92, 99, ${0.12 + (0.78 * n) / max})` : undefined }}>
                      {n > 0 && (
                        <button
                          type="button"
                          className={n / max > 0.5 ? 'cell strong' : 'cell'}
                          aria-label={t('recurrence.cellLabel', { count: n, lesson: lesson.title, tag: tag.name })}
                          onClick={() => nav.showQuotes({ lessonId: lesson.id, tagId: tag.id, label: `${lesson.title} × ${tag.name}` })}
                        >
                          {n}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
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
