import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { TagForm } from './TagForm';

function TagDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('tags.get', { id });
  if (!data) return null;
  return <TagForm key={`${data.id}:${data.updatedAt}`} tag={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />;
}

export function TagsPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const list = useInfiniteList('tags.list', { query: filter || undefined, sort: 'facet' });
  const selected = nav.selected.tags ?? null;
  return (
    <MasterDetail
      title={t('tags.title')}
      newLabel={t('tags.new')}
      items={list.items}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(tag) => <RowText primary={tag.name} secondary={t(`tags.facets.${tag.facet}`)} />}
      detail={
        selected === 'new' ? (
          <TagForm key="new" tag={null} onSaved={(x) => nav.select(x.id)} onDeleted={() => nav.select(null)} />
        ) : selected ? (
          <TagDetail id={selected} />
        ) : null
      }
    />
  );
}
