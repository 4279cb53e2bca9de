import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EntitySection } from '../ui/EntitySection';
import { RowText } from '../ui/RowText';
import { TagForm } from './TagForm';
import { FormForVersion } from '../ui/unsaved-changes';

function TagDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('tags.get', { id });
  if (!data) return null;
  return (
    <FormForVersion id={data.id} version={data.updatedAt}>
      <TagForm tag={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
    </FormForVersion>
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
