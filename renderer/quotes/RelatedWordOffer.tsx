import { useTranslation } from 'react-i18next';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { ErrorText } from '../ui/ErrorText';
import { errorMessage } from '../ui/form-errors';

/**
 * A lesson this quote is linked to, but that "Eerder gehoord" did not suggest: the quote's own
 * words the lesson lacks are offered as its related words, one click each, so the next quote
 * that says it this way is recognised. Nothing is added without that click.
 */
export function RelatedWordOffer({ quoteId, lessonId }: { quoteId: string; lessonId: string }) {
  const { t } = useTranslation();
  const lesson = useChannelQuery('lessons.get', { id: lessonId }).data;
  const words = useChannelQuery('linking.relatedCandidates', { quoteId, lessonId }).data?.words ?? [];
  const update = useChannelMutation('lessons.update', ['linking']);
  if (!lesson || words.length === 0) return null;
  return (
    <div className="related-offer" role="group" aria-label={t('heard.offerLabel', { title: lesson.title })}>
      <p className="muted">{t('heard.offer', { title: lesson.title })}</p>
      <div className="inline-row">
        {words.map((word) => (
          <button key={word} type="button" disabled={update.isPending} onClick={() => update.mutate({ id: lesson.id, relatedWords: [...lesson.relatedWords, word] })} aria-label={t('heard.addWord', { word, title: lesson.title })}>
            + {word}
          </button>
        ))}
      </div>
      <ErrorText message={update.error ? errorMessage(update.error) : null} inline />
    </div>
  );
}
