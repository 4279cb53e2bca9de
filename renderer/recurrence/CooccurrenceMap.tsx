import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';

const FACETS = ['programme', 'place', 'period', 'theme'] as const;
type Facet = (typeof FACETS)[number];

/** Lessons against the labels of one facet; each count opens exactly those quotes. */
export function CooccurrenceMap() {
  const { t } = useTranslation();
  const [facet, setFacet] = useState<Facet>('programme');
  return (
    <section className="cooccurrence" aria-labelledby="cooccurrence-title">
      <h2 id="cooccurrence-title">{t('recurrence.cooccurrenceTitle')}</h2>
      <Tabs selectedKey={facet} onSelectionChange={(key) => setFacet(key as Facet)}>
        <TabList className="tab-list" aria-label={t('recurrence.facet')}>
          {FACETS.map((f) => (
            <Tab key={f} id={f} className="tab">
              {t(`tags.facets.${f}`)}
            </Tab>
          ))}
        </TabList>
        {FACETS.map((f) => (
          <TabPanel key={f} id={f} className="tab-panel">
            <Heatmap facet={f} />
          </TabPanel>
        ))}
      </Tabs>
    </section>
  );
}

/** One facet's table: a row per lesson, a column per label (a place's neighbourhoods after it). */
function Heatmap({ facet }: { facet: Facet }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const data = useChannelQuery('lessons.cooccurrence', { facet }).data;
  const max = Math.max(1, ...(data?.cells.map((c) => c.count) ?? []));
  const count = (lessonId: string, tagId: string) => data?.cells.find((c) => c.lessonId === lessonId && c.tagId === tagId)?.count ?? 0;
  if (!data || data.cells.length === 0) return <p className="muted">{t('recurrence.noCooccurrence')}</p>;
  return (
    <figure className="heatmap-figure">
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
      <figcaption className="heatmap-legend">
        <span className="heatmap-scale" aria-hidden="true" />
        {t('recurrence.legend', { max })}
      </figcaption>
    </figure>
  );
}

