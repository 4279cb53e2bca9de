import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EmptyLibrary } from '../ui/EmptyLibrary';
import { EntitySection } from '../ui/EntitySection';
import { ItemExtras } from '../ui/ItemExtras';
import { RowText } from '../ui/RowText';
import { ImportButton } from './ImportButton';
import { SourceForm } from './SourceForm';
import { SourceReader } from './SourceReader';
import { SourceHeader } from './SourceHeader';
import { useEditMode } from '../ui/edit-mode';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { SpeakerMatcher } from './SpeakerMatcher';
import { FormForVersion, useUnsavedChanges } from '../ui/unsaved-changes';
import { useState } from 'react';
import { QuotePanel, type QuotePanelContent } from './QuotePanel';

function SourceDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { confirmLeave } = useUnsavedChanges();
  const { data } = useChannelQuery('sources.get', { id });
  // The panel beside the text (a quote being made or opened), for this source only.
  const [panel, setPanel] = useState<{ sourceId: string; content: QuotePanelContent } | null>(null);
  const shown = panel?.sourceId === id ? panel.content : null;
  // While a quote is open beside the text, `e` belongs to it, not to the source.
  const mode = useEditMode(id, { keyEnabled: shown === null });
  const remove = useDeleteWithUndo('sources');
  const reportFailure = useFailureReporter();
  if (!data) return null;
  const live = data.deletedAt === null;
  // Another quote in the panel, or none: what was typed in the panel's form is not dropped unasked.
  const show = (content: QuotePanelContent | null) => {
    if (shown && !confirmLeave()) return;
    setPanel(content ? { sourceId: id, content } : null);
  };
  return (
    <div className={shown ? 'source-detail annotating' : 'source-detail'}>
      <div className="source-main">
        {mode.editing ? (
          <FormForVersion id={data.id} version={data.updatedAt}>
            <SourceForm source={data} onSaved={mode.done} onDeleted={() => nav.select(null)} onCancel={mode.cancel} />
          </FormForVersion>
        ) : (
          <>
            <SourceHeader source={data} onEdit={mode.edit} onDelete={() => void remove(data.id, data.title).then(() => nav.select(null), reportFailure)} />
            {data.text && live && <SourceReader source={data} onMakeQuote={(draft) => show({ draft })} onOpenQuote={(quoteId) => show({ quoteId })} />}
          </>
        )}
        {live && <SpeakerMatcher source={data} />}
        <ItemExtras kind="source" id={data.id} title={data.title} deleted={!live} />
      </div>
      {shown && <QuotePanel content={shown} onShow={(content) => setPanel(content ? { sourceId: id, content } : null)} onClose={() => show(null)} />}
    </div>
  );
}

export function SourcesPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const stats = useChannelQuery('library.stats', {});
  const libraryEmpty = stats.data !== undefined && Object.values(stats.data).every((n) => n === 0);
  return (
    <EntitySection
      section="sources"
      bulk='source'
      channel="sources.list"
      filters={{ sort: 'date', direction: 'desc' }}
      sorts={['date', 'title', 'quoteCount', 'createdAt', 'updatedAt']}
      title={t('sources.title')}
      newLabel={t('sources.new')}
      actions={<ImportButton />}
      renderItem={(s) => (
        <RowText
          primary={s.title}
          secondary={[t(`sources.kinds.${s.kind}`), s.outlet, s.date, t('sources.quotes', { count: s.quoteCount })].filter(Boolean).join(' · ')}
        />
      )}
      renderNew={(opened) => <SourceForm key="new" source={null} onSaved={(s) => opened(s.id)} onDeleted={() => nav.select(null)} />}
      renderDetail={(id) => <SourceDetail id={id} />}
      idle={libraryEmpty ? <EmptyLibrary /> : null}
    />
  );
}
