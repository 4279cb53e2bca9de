import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useAll } from '../api/use-all';
import { useNavigation } from '../app/navigation';
import { Backlinks } from '../notes/Backlinks';
import { NotesPanel } from '../notes/NotesPanel';
import { AddToCollection } from '../collections/AddToCollection';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { QuoteForm } from './QuoteForm';

function QuoteDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('quotes.get', { id });
  if (!data) return null;
  return (
    <div>
      <QuoteForm key={`${data.id}:${data.updatedAt}`} quote={data} draft={null} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      {!data.deletedAt && <AddToCollection kind="quote" itemId={data.id} title={data.text.slice(0, 40)} />}
      {!data.deletedAt && <NotesPanel target={{ kind: 'quote', id: data.id }} title={data.text.slice(0, 40)} />}
      <Backlinks item={{ kind: 'quote', id: data.id }} />
    </div>
  );
}

export function QuotesPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const scope = nav.quoteFilter;
  const list = useInfiniteList('quotes.list', {
    query: filter || undefined,
    sort: 'dateSaid',
    direction: 'desc',
    ...(scope?.lessonId ? { lessonId: scope.lessonId } : {}),
    ...(scope?.tagId ? { tagId: scope.tagId } : {}),
  });
  const people = useAll('people');
  const nameOf = (id: string | null) => (id ? people.find((p) => p.id === id)?.name : undefined);
  const selected = nav.selected.quotes ?? null;
  return (
    <MasterDetail
      title={t('quotes.title')}
      scope={scope ? { label: t('quotes.filteredBy', { label: scope.label }), clear: () => nav.showQuotes(null) } : undefined}
      newLabel={t('quotes.new')}
      items={list.items}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(q) => <RowText primary={`“${q.text}”`} secondary={[nameOf(q.speakerId), q.dateSaid].filter(Boolean).join(' · ')} />}
      detail={
        selected === 'new' ? (
          <QuoteForm key={`new:${nav.quoteDraft?.start ?? ''}`} quote={null} draft={nav.quoteDraft} onSaved={(q) => nav.select(q.id)} onDeleted={() => nav.select(null)} />
        ) : selected ? (
          <QuoteDetail id={selected} />
        ) : null
      }
    />
  );
}
