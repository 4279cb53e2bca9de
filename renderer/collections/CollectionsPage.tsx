import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EntitySection } from '../ui/EntitySection';
import { RowText } from '../ui/RowText';
import { BundleImportButton } from '../exports/BundleImportButton';
import { ExportPanel } from '../exports/ExportPanel';
import { emptyDoc } from '../../shared/lexical/document';
import { useApi } from '../api/ApiProvider';
import { NoteEditor } from '../editor/NoteEditor';
import { CollectionForm } from './CollectionForm';
import { FormForVersion } from '../ui/unsaved-changes';

function CollectionDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { t } = useTranslation();
  const api = useApi();
  const { data } = useChannelQuery('collections.get', { id });
  if (!data) return null;
  return (
    <div>
      <FormForVersion id={data.id} version={data.updatedAt}>
        <CollectionForm collection={data} onSaved={() => undefined} onDeleted={() => nav.select(null)} />
      </FormForVersion>
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
  return (
    <EntitySection
      section="collections"
      channel="collections.list"
      filters={{ sort: 'title' }}
      sorts={['title', 'createdAt', 'updatedAt']}
      title={t('collections.title')}
      newLabel={t('collections.new')}
      actions={<BundleImportButton />}
      renderItem={(c) => <RowText primary={c.title} secondary={t('collections.items', { count: c.items.length })} />}
      renderNew={(opened) => <CollectionForm key="new" collection={null} onSaved={(c) => opened(c.id)} onDeleted={() => nav.select(null)} />}
      renderDetail={(id) => <CollectionDetail id={id} />}
    />
  );
}
