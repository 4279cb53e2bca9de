import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../shared/api/lessons';
import { useChannelMutation, useInfiniteList } from '../api/queries';
import { ErrorText } from '../ui/ErrorText';
import { errorMessage } from '../ui/form-errors';

const parse = (text: string) => [...new Set(text.split(',').map((w) => w.trim()).filter(Boolean))];

/** One lesson's related words, edited in place; saved with its own button. */
function LessonWords({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const [text, setText] = useState(lesson.relatedWords.join(', '));
  const update = useChannelMutation('lessons.update', ['linking']);
  const changed = parse(text).join(',') !== lesson.relatedWords.join(',');
  return (
    <li className="related-row">
      <label>
        <span className="row-primary">{lesson.title}</span>
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('related.none')} />
      </label>
      <button type="button" disabled={!changed || update.isPending} onClick={() => update.mutate({ id: lesson.id, relatedWords: parse(text) })} aria-label={t('related.saveFor', { title: lesson.title })}>
        {update.isPending ? t('common.saving') : t('common.save')}
      </button>
      <ErrorText message={update.error ? errorMessage(update.error) : null} inline />
    </li>
  );
}

/**
 * "Verwante woorden": what this library knows beyond general Dutch, in one place. Each lesson's
 * related words count in "Eerder gehoord" and are named as related in every reason they cause;
 * they are the researcher's, empty until they add them (here, on the lesson, or from a quote).
 */
export function RelatedWordsPage() {
  const { t } = useTranslation();
  const lessons = useInfiniteList('lessons.list', { sort: 'title', direction: 'asc' });
  const all = lessons.items as Lesson[];
  const withWords = all.filter((l) => l.relatedWords.length > 0).length;
  return (
    <section className="related-page" aria-labelledby="related-title">
      <h1 id="related-title">{t('related.title')}</h1>
      <p className="muted">{t('related.intro')}</p>
      <p>{t('related.count', { withWords, total: lessons.total })}</p>
      <ul className="related-list">
        {all.map((lesson) => (
          <LessonWords key={`${lesson.id}:${lesson.relatedWords.join(',')}`} lesson={lesson} />
        ))}
      </ul>
      {all.length < lessons.total && (
        <button type="button" onClick={lessons.loadMore}>
          {t('related.more')}
        </button>
      )}
    </section>
  );
}
