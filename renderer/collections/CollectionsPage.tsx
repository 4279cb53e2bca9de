import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { BundleImportButton } from '../exports/BundleImportButton';
import { ExportPanel } from '../exports/ExportPanel';
import { CollectionForm } from './CollectionForm';

function CollectionDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('collections.get', { id });
  if (!data) return null;
  return (
    <div>
      <CollectionForm key={`${data.id}:${data.updatedAt}`} collection={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      {!data.deletedAt && <ExportPanel collectionId={data.id} />}
    </div>
  );
}

export function CollectionsPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const list = useInfiniteList('collections.list', { query: filter || undefined, sort: 'title' });
  const selected = nav.selected.collections ?? null;
  return (
    <MasterDetail
      title={t('collections.title')}
      newLabel={t('collections.new')}
      actions={<BundleImportButton />}
      items={list.items}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(c) => <RowText primary={c.title} secondary={t('collections.items', { count: c.items.length })} />}
      detail={
        selected === 'new' ? (
          <CollectionForm key="new" collection={null} onSaved={(c) => nav.select(c.id)} onDeleted={() => nav.select(null)} />
        ) : selected ? (
          <CollectionDetail id={selected} />
        ) : null
      }
    />
  );
}
