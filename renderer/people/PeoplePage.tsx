import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { Backlinks } from '../notes/Backlinks';
import { NotesPanel } from '../notes/NotesPanel';
import { AddToCollection } from '../collections/AddToCollection';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { PersonForm } from './PersonForm';
import { PersonQuotes } from './PersonQuotes';

function PersonDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('people.get', { id });
  if (!data) return null;
  return (
    <div>
      <PersonForm key={`${data.id}:${data.updatedAt}`} person={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      {!data.deletedAt && <AddToCollection kind="person" itemId={data.id} title={data.name} />}
      <PersonQuotes personId={data.id} />
      {!data.deletedAt && <NotesPanel target={{ kind: 'person', id: data.id }} title={data.name} />}
      <Backlinks item={{ kind: 'person', id: data.id }} />
    </div>
  );
}

export function PeoplePage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const list = useInfiniteList('people.list', { query: filter || undefined, sort: 'name' });
  const selected = nav.selected.people ?? null;
  return (
    <MasterDetail
      title={t('people.title')}
      newLabel={t('people.new')}
      items={list.items}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(p) => <RowText primary={p.name} secondary={p.roles.map((r) => [r.role, r.organisation].filter(Boolean).join(', ')).join(' · ')} />}
      detail={
        selected === 'new' ? (
          <PersonForm key="new" person={null} onSaved={(p) => nav.select(p.id)} onDeleted={() => nav.select(null)} />
        ) : selected ? (
          <PersonDetail id={selected} />
        ) : null
      }
    />
  );
}
