import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import type { QuoteDraft } from '../app/navigation';
import { QuoteForm } from '../quotes/QuoteForm';
import { FormForVersion } from '../ui/unsaved-changes';

/** What the panel beside a source's text holds: a quote being made, or one opened from its highlight. */
export type QuotePanelContent = { draft: QuoteDraft } | { quoteId: string };

interface QuotePanelProps {
  content: QuotePanelContent;
  onShow(content: QuotePanelContent | null): void;
  onClose(): void;
}

/**
 * A quote beside the reader: made from a selection (speaker, date, lessons and labels, "Eerder
 * gehoord"), or opened by clicking its highlight. Saving a new quote keeps it open here as the
 * saved quote, and the reader, which never left the screen, shows its highlight.
 */
export function QuotePanel({ content, onShow, onClose }: QuotePanelProps) {
  const { t } = useTranslation();
  const quoteId = 'quoteId' in content ? content.quoteId : '';
  const quote = useChannelQuery('quotes.get', { id: quoteId }, { enabled: quoteId !== '' }).data;
  return (
    <aside className="quote-panel" aria-label={t('sources.quotePanel')}>
      <div className="quote-panel-bar">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {'draft' in content ? (
        <QuoteForm
          key={`draft:${content.draft.start}:${content.draft.end}`}
          quote={null}
          draft={content.draft}
          onSaved={(saved) => onShow({ quoteId: saved.id })}
          onDeleted={() => onShow(null)}
        />
      ) : (
        quote && (
          <FormForVersion id={quote.id} version={quote.updatedAt}>
            <QuoteForm quote={quote} draft={null} onSaved={() => undefined} onDeleted={() => onShow(null)} />
          </FormForVersion>
        )
      )}
    </aside>
  );
}
