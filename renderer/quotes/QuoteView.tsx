import { useTranslation } from 'react-i18next';
import type { Quote } from '../../shared/api/quotes';
import { useFormatDate } from '../i18n/dates';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { useEntityLabels } from '../ui/entity-labels';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useToasts } from '../ui/Toasts';
import { HeardBefore } from './HeardBefore';
import { ReattachOffer } from './ReattachOffer';
import { ReadingView, TagChips } from '../ui/ReadingView';

interface QuoteViewProps {
  quote: Quote;
  onEdit(): void;
  onDelete(): void;
}

/**
 * A quote as it is read: its words, who said them and when, in which source, the lessons it is
 * evidence for (each a link, with its stance), its annotation and labels; "Eerder gehoord" links
 * a lesson with one click. Editing is a mode (Bewerken, or `e`).
 */
export function QuoteView({ quote, onEdit, onDelete }: QuoteViewProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const nav = useNavigation();
  const toasts = useToasts();
  const reportFailure = useFailureReporter();
  const update = useChannelMutation('quotes.update', ['lessons']);
  const source = useChannelQuery('sources.get', { id: quote.sourceId }).data;
  const speaker = useEntityLabels('people', quote.speakerId ? [quote.speakerId] : [], { withTrashed: true });
  const lessons = useEntityLabels(
    'lessons',
    quote.lessons.map((l) => l.lessonId),
    { withTrashed: true },
  );
  const titleId = `quote-title-${quote.id}`;
  const heading = `“${quote.text.slice(0, 60)}${quote.text.length > 60 ? '…' : ''}”`;
  const who = [quote.speakerId ? (speaker.get(quote.speakerId) ?? '…') : t('quotes.noSpeaker'), quote.dateSaid && formatDate(quote.dateSaid)].filter(Boolean).join(', ');
  return (
    <ReadingView titleId={titleId} title={heading} deleted={Boolean(quote.deletedAt)} onEdit={onEdit} onDelete={onDelete}>
      {quote.anchorStatus === 'detached' && !quote.deletedAt && <ReattachOffer quoteId={quote.id} />}
      <blockquote className="quote-text">{quote.text}</blockquote>
      <p>
        {who} ·{' '}
        <button type="button" className="link" onClick={() => nav.go('sources', quote.sourceId)}>
          {source?.title ?? '…'}
        </button>
      </p>
      <section aria-labelledby={`${titleId}-lessons`}>
        <h3 id={`${titleId}-lessons`}>{t('quotes.fields.lessons')}</h3>
        {quote.lessons.length === 0 ? (
          <p className="muted">{t('quotes.noLinkedLessons')}</p>
        ) : (
          <ul className="dossier-list">
            {quote.lessons.map((link) => (
              <li key={link.lessonId}>
                {t(`quotes.stances.${link.stance}`)}:{' '}
                <button type="button" className="link" onClick={() => nav.go('lessons', link.lessonId)}>
                  {lessons.get(link.lessonId) ?? '…'}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {!quote.deletedAt && (
        <HeardBefore
          text={quote.text}
          quoteId={quote.id}
          linkedLessonIds={quote.lessons.map((l) => l.lessonId)}
          onLink={(lessonId) =>
            void update
              .mutateAsync({ id: quote.id, lessons: [...quote.lessons, { lessonId, stance: 'supports' }] })
              .then(() => toasts.show(t('heard.linkedToast')), reportFailure)
          }
        />
      )}
      {quote.annotation && (
        <section aria-labelledby={`${titleId}-annotation`}>
          <h3 id={`${titleId}-annotation`}>{t('quotes.fields.annotation')}</h3>
          <p>{quote.annotation}</p>
        </section>
      )}
      <TagChips tagIds={quote.tagIds} />
    </ReadingView>
  );
}
