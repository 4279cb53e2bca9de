import { useTranslation } from 'react-i18next';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { ErrorText } from '../ui/ErrorText';
import { errorMessage } from '../ui/form-errors';

/**
 * A quote that came loose after its source was corrected: where it most likely stands now, and
 * one click to attach it there. Nothing moves without that click; without a close passage the
 * quote keeps its last known words.
 */
export function ReattachOffer({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const candidate = useChannelQuery('quotes.reattachCandidate', { id: quoteId }).data;
  const update = useChannelMutation('quotes.update', ['sources']);
  return (
    <div className="notice warning" role="group" aria-label={t('quotes.detachedLabel')}>
      <p>{t('quotes.detached')}</p>
      {candidate ? (
        <>
          <p>{t('quotes.reattachFound')}</p>
          <blockquote className="quote-text">{candidate.text}</blockquote>
          <button type="button" disabled={update.isPending} onClick={() => update.mutate({ id: quoteId, start: candidate.start, end: candidate.end })}>
            {t('quotes.reattach')}
          </button>
        </>
      ) : (
        candidate === null && <p className="muted">{t('quotes.reattachNone')}</p>
      )}
      <ErrorText message={update.error ? errorMessage(update.error) : null} inline />
    </div>
  );
}
