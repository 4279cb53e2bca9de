import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { EntitySection } from '../ui/EntitySection';
import { ItemExtras } from '../ui/ItemExtras';
import { RowText } from '../ui/RowText';
import { PersonForm } from './PersonForm';
import { PersonProfile } from './PersonProfile';
import { useEditMode } from '../ui/edit-mode';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { PersonQuotes } from './PersonQuotes';
import { FormForVersion } from '../ui/unsaved-changes';

function PersonDetail({ id }: { id: string }) {
  const nav = useNavigation();
  const { data } = useChannelQuery('people.get', { id });
  const mode = useEditMode(id);
  const remove = useDeleteWithUndo('people');
  const reportFailure = useFailureReporter();
  if (!data) return null;
  return (
    <div>
      {mode.editing ? (
        <FormForVersion id={data.id} version={data.updatedAt}>
          <PersonForm person={data} onSaved={mode.done} onDeleted={() => nav.select(null)} onCancel={mode.cancel} />
        </FormForVersion>
      ) : (
        <PersonProfile person={data} onEdit={mode.edit} onDelete={() => void remove(data.id, data.name).then(() => nav.select(null), reportFailure)} />
      )}
      <ItemExtras kind="person" id={data.id} title={data.name} deleted={data.deletedAt !== null}>
        <PersonQuotes personId={data.id} />
      </ItemExtras>
    </div>
  );
}

export function PeoplePage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  return (
    <EntitySection
      section="people"
      bulk='person'
      channel="people.list"
      filters={{ sort: 'name' }}
      sorts={['name', 'quoteCount', 'createdAt', 'updatedAt']}
      title={t('people.title')}
      newLabel={t('people.new')}
      renderItem={(p) => <RowText primary={p.name} secondary={p.roles.map((r) => [r.role, r.organisation].filter(Boolean).join(', ')).join(' · ')} />}
      renderNew={(opened) => <PersonForm key="new" person={null} onSaved={(p) => opened(p.id)} onDeleted={() => nav.select(null)} />}
      renderDetail={(id) => <PersonDetail id={id} />}
    />
  );
}
