import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EntitySection } from '../ui/EntitySection';
import { RowText } from '../ui/RowText';
import { TagForm } from './TagForm';
import { TagView } from './TagView';
import { useEditMode } from '../ui/edit-mode';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { FormForVersion } from '../ui/unsaved-changes';

function TagDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('tags.get', { id });
  const mode = useEditMode(id);
  const remove = useDeleteWithUndo('tags');
  const reportFailure = useFailureReporter();
  if (!data) return null;
  return mode.editing ? (
    <FormForVersion id={data.id} version={data.updatedAt}>
      <TagForm tag={data} onSaved={mode.done} onDeleted={() => nav.select(null)} onCancel={mode.cancel} />
    </FormForVersion>
  ) : (
    <TagView tag={data} onEdit={mode.edit} onDelete={() => void remove(data.id, data.name).then(() => nav.select(null), reportFailure)} />
  );
}

export function TagsPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  return (
    <EntitySection
      section="tags"
      channel="tags.list"
      filters={{ sort: 'facet' }}
      sorts={['facet', 'name', 'createdAt']}
      title={t('tags.title')}
      newLabel={t('tags.new')}
      renderItem={(tag) => <RowText primary={tag.name} secondary={t(`tags.facets.${tag.facet}`)} />}
      renderNew={(opened) => <TagForm key="new" tag={null} onSaved={(x) => opened(x.id)} onDeleted={() => nav.select(null)} />}
      renderDetail={(id) => <TagDetail id={id} />}
    />
  );
}
