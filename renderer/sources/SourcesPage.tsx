import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EmptyLibrary } from '../ui/EmptyLibrary';
import { Backlinks } from '../notes/Backlinks';
import { NotesPanel } from '../notes/NotesPanel';
import { AddToCollection } from '../collections/AddToCollection';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { SourceForm } from './SourceForm';
import { ImportButton } from './ImportButton';
import { SourceReader } from './SourceReader';
import { SpeakerMatcher } from './SpeakerMatcher';

function SourceDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('sources.get', { id });
  if (!data) return null;
  return (
    <div className="source-detail">
      {data.text && !data.deletedAt && <SourceReader source={data} />}
      {!data.deletedAt && <SpeakerMatcher source={data} />}
      {!data.deletedAt && <AddToCollection kind="source" itemId={data.id} title={data.title} />}
      <SourceForm key={`${data.id}:${data.updatedAt}`} source={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      {!data.deletedAt && <NotesPanel target={{ kind: 'source', id: data.id }} title={data.title} />}
      <Backlinks item={{ kind: 'source', id: data.id }} />
    </div>
  );
}

export function SourcesPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const list = useInfiniteList('sources.list', { query: filter || undefined, sort: 'date', direction: 'desc' });
  const stats = useChannelQuery('library.stats', {});
  const selected = nav.selected.sources ?? null;
  const libraryEmpty = stats.data !== undefined && Object.values(stats.data).every((n) => n === 0);
  return (
    <MasterDetail
      title={t('sources.title')}
      newLabel={t('sources.new')}
      actions={<ImportButton />}
      items={list.items}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(s) => (
        <RowText
          primary={s.title}
          secondary={[t(`sources.kinds.${s.kind}`), s.outlet, s.date, t('sources.quotes', { count: s.quoteCount })].filter(Boolean).join(' · ')}
        />
      )}
      detail={
        selected === 'new' ? (
          <SourceForm key="new" source={null} onSaved={(s) => nav.select(s.id)} onDeleted={() => nav.select(null)} />
        ) : selected ? (
          <SourceDetail id={selected} />
        ) : libraryEmpty ? (
          <EmptyLibrary />
        ) : null
      }
    />
  );
}
