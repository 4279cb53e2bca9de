import { useTranslation } from 'react-i18next';
import type { Source } from '../../shared/api/sources';
import { useFormatDate } from '../i18n/dates';
import { useEntityLabels } from '../ui/entity-labels';
import { ReadingView, TagChips } from '../ui/ReadingView';

interface SourceHeaderProps {
  source: Source;
  onEdit(): void;
  onDelete(): void;
}

/**
 * A source as it is read: its title, what kind of source it is and where and when it appeared,
 * who took part, its labels; the text follows at full height. Editing (the fields and a
 * correction of the text) is a mode (Bewerken, or `e`).
 */
export function SourceHeader({ source, onEdit, onDelete }: SourceHeaderProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const names = useEntityLabels(
    'people',
    source.people.map((p) => p.personId),
    { withTrashed: true },
  );
  const titleId = `source-title-${source.id}`;
  const facts = [t(`sources.kinds.${source.kind}`), source.outlet, source.date && formatDate(source.date), t('sources.quotes', { count: source.quoteCount })];
  return (
    <ReadingView titleId={titleId} title={source.title} deleted={Boolean(source.deletedAt)} onEdit={onEdit} onDelete={onDelete}>
      <p className="muted">{facts.filter(Boolean).join(' · ')}</p>
      {source.people.length > 0 && (
        <p>
          {t('sources.fields.people')}:{' '}
          {source.people.map((p) => `${names.get(p.personId) ?? '…'} (${t(`sources.parts.${p.part}`).toLocaleLowerCase()})`).join(', ')}
        </p>
      )}
      {source.url && <p className="muted source-url">{source.url}</p>}
      <TagChips tagIds={source.tagIds} />
    </ReadingView>
  );
}
