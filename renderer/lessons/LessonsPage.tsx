import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { ItemsExport } from '../exports/ItemsExport';
import { LessonTimeline } from '../recurrence/LessonTimeline';
import { EntitySection } from '../ui/EntitySection';
import { ItemExtras } from '../ui/ItemExtras';
import { RowText } from '../ui/RowText';
import { LessonEvidence } from './LessonEvidence';
import { LessonDossier } from './LessonDossier';
import { LessonForm } from './LessonForm';
import { useEditMode } from '../ui/edit-mode';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { FormForVersion } from '../ui/unsaved-changes';

function LessonDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { t } = useTranslation();
  const { data } = useChannelQuery('lessons.get', { id });
  const mode = useEditMode(id);
  const remove = useDeleteWithUndo('lessons');
  const reportFailure = useFailureReporter();
  if (!data) return null;
  const live = data.deletedAt === null;
  return (
    <div>
      {mode.editing ? (
        <FormForVersion id={data.id} version={data.updatedAt}>
          <LessonForm lesson={data} onSaved={mode.done} onDeleted={() => nav.select(null)} onCancel={mode.cancel} />
        </FormForVersion>
      ) : (
        <LessonDossier lesson={data} onEdit={mode.edit} onDelete={() => void remove(data.id, data.title).then(() => nav.select(null), reportFailure)} />
      )}
      <ItemExtras kind="lesson" id={data.id} title={data.title} deleted={!live}>
        {live && <LessonTimeline lessonId={data.id} />}
        <LessonEvidence lessonId={data.id} />
        {live && <ItemsExport title={data.title} items={[{ kind: 'lesson', itemId: data.id }]} label={t('lessons.exportWithEvidence')} />}
      </ItemExtras>
    </div>
  );
}

export function LessonsPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  return (
    <EntitySection
      section="lessons"
      bulk='lesson'
      channel="lessons.list"
      filters={{ sort: 'title' }}
      sorts={['title', 'quoteCount', 'createdAt', 'updatedAt']}
      title={t('lessons.title')}
      newLabel={t('lessons.new')}
      renderItem={(l) => <RowText primary={l.title} secondary={t('lessons.evidence', { count: l.evidenceCount })} />}
      renderNew={(opened) => <LessonForm key="new" lesson={null} onSaved={(l) => opened(l.id)} onDeleted={() => nav.select(null)} />}
      renderDetail={(id) => <LessonDetail id={id} />}
    />
  );
}
