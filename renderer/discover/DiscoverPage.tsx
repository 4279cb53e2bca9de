import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoverResult } from '../../shared/api/search';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EntityPicker } from '../ui/EntityPicker';
import { TextField } from '../ui/Field';
import { useToasts } from '../ui/Toasts';
import { useFailureReporter } from '../ui/useFailureReporter';

type Group = DiscoverResult['groups'][number];

/** One group of quotes that say the same: its quotes, and one step to make it a lesson or add it to one. */
function GroupCard({ group }: { group: Group }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const toasts = useToasts();
  const reportFailure = useFailureReporter();
  const [title, setTitle] = useState(group.title);
  const [lessonId, setLessonId] = useState<string | null>(null);
  const adopt = useChannelMutation('lessons.fromQuotes', ['lessons', 'quotes']);
  const quoteIds = group.quotes.map((q) => q.quoteId);
  const years = group.firstYear === null ? t('discover.undated') : group.firstYear === group.lastYear ? String(group.firstYear) : `${group.firstYear}–${group.lastYear}`;
  const headingId = `group-${group.key}`;

  const make = async (input: { title: string } | { lessonId: string }) => {
    const lesson = await adopt.mutateAsync({ quoteIds, ...input });
    toasts.show(t('discover.made', { title: lesson.title, count: quoteIds.length }));
    nav.go('lessons', lesson.id);
  };

  return (
    <section className="discover-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.title}</h3>
      <p className="row-secondary">
        {t('discover.meta', { count: group.quotes.length, years, speakers: group.speakers })}
        {group.sharedWords.length > 0 && ` · ${t('discover.sharedWords', { words: group.sharedWords.join(', ') })}`}
      </p>
      <ul className="suggestions" aria-label={t('discover.quotesOf', { title: group.title })}>
        {group.quotes.map((q) => (
          <li key={q.quoteId}>
            <button type="button" className="evidence-item" onClick={() => nav.go('quotes', q.quoteId)}>
              <span className="quote-text">“{q.text}”</span>
              <span className="row-secondary">{[q.speakerName, q.dateSaid, q.sourceTitle].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="discover-actions"
        onSubmit={(e) => {
          e.preventDefault();
          void make({ title: title.trim() }).catch(reportFailure);
        }}
      >
        <TextField label={t('discover.newTitle')} value={title} onChange={setTitle} required />
        <button type="submit" disabled={adopt.isPending || !title.trim()}>
          {t('discover.makeLesson')}
        </button>
      </form>
      <div className="discover-actions">
        <EntityPicker area="lessons" label={t('discover.existing')} value={lessonId} onChange={setLessonId} placeholder={t('discover.chooseLesson')} />
        <button type="button" disabled={adopt.isPending || !lessonId} onClick={() => lessonId && void make({ lessonId }).catch(reportFailure)}>
          {t('discover.addToLesson')}
        </button>
      </div>
    </section>
  );
}

/**
 * "Nieuwe lessen ontdekken": groups of quotes not linked to any lesson that say the same thing
 * across years and speakers, each with a proposed title from the phrase they share.
 */
export function DiscoverPage() {
  const { t } = useTranslation();
  const { data, isFetching, refetch } = useChannelQuery('linking.discover', { maxGroups: 12 });
  const reportFailure = useFailureReporter();
  return (
    <section className="recurring-page discover-page" aria-labelledby="discover-title">
      <h1 id="discover-title">{t('discover.title')}</h1>
      <button type="button" onClick={() => void refetch().catch(reportFailure)} disabled={isFetching}>
        {t('discover.refresh')}
      </button>
      <p className="muted">{t('discover.intro', { count: data?.considered ?? 0 })}</p>
      {data && data.groups.length === 0 && <p className="muted">{t('discover.none')}</p>}
      {data?.groups.map((group) => <GroupCard key={group.key} group={group} />)}
    </section>
  );
}
