import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EntitySection } from '../ui/EntitySection';
import { ItemExtras } from '../ui/ItemExtras';
import { RowText } from '../ui/RowText';
import { QuoteForm } from './QuoteForm';
import { QuoteView } from './QuoteView';
import { useEditMode } from '../ui/edit-mode';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { FormForVersion } from '../ui/unsaved-changes';

function QuoteDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('quotes.get', { id });
  const mode = useEditMode(id);
  const remove = useDeleteWithUndo('quotes');
  const reportFailure = useFailureReporter();
  if (!data) return null;
  return (
    <div>
      {mode.editing ? (
        <FormForVersion id={data.id} version={data.updatedAt}>
          <QuoteForm quote={data} draft={null} onSaved={mode.done} onDeleted={() => nav.select(null)} onCancel={mode.cancel} />
        </FormForVersion>
      ) : (
        <QuoteView quote={data} onEdit={mode.edit} onDelete={() => void remove(data.id, data.text.slice(0, 40)).then(() => nav.select(null), reportFailure)} />
      )}
      <ItemExtras kind="quote" id={data.id} title={data.text.slice(0, 40)} deleted={data.deletedAt !== null} />
    </div>
  );
}

export function QuotesPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const scope = nav.quoteFilter;
  return (
    <EntitySection
      section="quotes"
      bulk='quote'
      sorts={['dateSaid', 'speaker', 'createdAt', 'updatedAt']}
      channel="quotes.list"
      filters={{
        sort: 'dateSaid',
        direction: 'desc',
        ...(scope?.lessonId ? { lessonId: scope.lessonId } : {}),
        ...(scope?.tagId ? { tagId: scope.tagId } : {}),
      }}
      title={t('quotes.title')}
      newLabel={t('quotes.new')}
      scope={scope ? { label: t('quotes.filteredBy', { label: scope.label }), clear: () => nav.showQuotes(null) } : undefined}
      renderItem={(q) => <RowText primary={`“${q.text}”`} secondary={[q.speakerName, q.dateSaid].filter(Boolean).join(' · ')} badge={q.anchorStatus === 'detached' ? t('quotes.detachedBadge') : null} />}
      renderNew={(opened) => (
        <QuoteForm key="new" quote={null} draft={null} onSaved={(q) => opened(q.id)} onDeleted={() => nav.select(null)} />
      )}
      renderDetail={(id) => <QuoteDetail id={id} />}
    />
  );
}
