import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery, useInfiniteList } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { Backlinks } from '../notes/Backlinks';
import { NotesPanel } from '../notes/NotesPanel';
import { AddToCollection } from '../collections/AddToCollection';
import { MasterDetail } from '../ui/MasterDetail';
import { RowText } from '../ui/RowText';
import { ItemsExport } from '../exports/ItemsExport';
import { LessonTimeline } from '../recurrence/LessonTimeline';
import { LessonEvidence } from './LessonEvidence';
import { LessonForm } from './LessonForm';

function LessonDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { t } = useTranslation();
  const { data } = useChannelQuery('lessons.get', { id });
  if (!data) return null;
  return (
    <div>
      <LessonForm key={`${data.id}:${data.updatedAt}`} lesson={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      {!data.deletedAt && <AddToCollection kind="lesson" itemId={data.id} title={data.title} />}
      {!data.deletedAt && <LessonTimeline lessonId={data.id} />}
      <LessonEvidence lessonId={data.id} />
      {!data.deletedAt && <ItemsExport title={data.title} items={[{ kind: 'lesson', itemId: data.id }]} label={t('lessons.exportWithEvidence')} />}
      {!data.deletedAt && <NotesPanel target={{ kind: 'lesson', id: data.id }} title={data.title} />}
      <Backlinks item={{ kind: 'lesson', id: data.id }} />
    </div>
  );
}

export function LessonsPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const list = useInfiniteList('lessons.list', { query: filter || undefined, sort: 'title' });
  const selected = nav.selected.lessons ?? null;
  return (
    <MasterDetail
      title={t('lessons.title')}
      newLabel={t('lessons.new')}
      items={list.items}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(l) => <RowText primary={l.title} secondary={t('lessons.evidence', { count: l.evidenceCount })} />}
      detail={
        selected === 'new' ? (
          <LessonForm key="new" lesson={null} onSaved={(l) => nav.select(l.id)} onDeleted={() => nav.select(null)} />
        ) : selected ? (
          <LessonDetail id={selected} />
        ) : null
      }
    />
  );
}
