import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { BundleImportButton } from '../exports/BundleImportButton';
import { ExportPanel } from '../exports/ExportPanel';
import { emptyDoc } from '../../shared/lexical/document';
import { useApi } from '../api/ApiProvider';
import { NoteEditor } from '../editor/NoteEditor';
import { CollectionForm } from './CollectionForm';

function CollectionDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { t } = useTranslation();
  const api = useApi();
  const { data } = useChannelQuery('collections.get', { id });
  if (!data) return null;
  return (
    <div>
      <CollectionForm key={`${data.id}:${data.updatedAt}`} collection={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      {/* Outside the form and keyed by id only: saving the introduction must not remount it. */}
      {!data.deletedAt && (
        <div className="collection-intro" key={data.id}>
          <h3>{t('collections.intro')}</h3>
          <NoteEditor label={t('collections.intro')} doc={data.intro ?? emptyDoc()} onSave={(doc) => api.call('collections.update', { id: data.id, intro: doc })} />
        </div>
      )}
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
