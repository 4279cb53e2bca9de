import { useTranslation } from 'react-i18next';
import type { Source } from '../../shared/api/sources';
import { formatPartialDate } from '../../shared/dates/format-partial-date';
import { useEntityLabels } from '../ui/entity-labels';

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
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const names = useEntityLabels(
    'people',
    source.people.map((p) => p.personId),
    { withTrashed: true },
  );
  const tags = useEntityLabels('tags', source.tagIds);
  const titleId = `source-title-${source.id}`;
  const facts = [t(`sources.kinds.${source.kind}`), source.outlet, source.date && formatPartialDate(source.date, language), t('sources.quotes', { count: source.quoteCount })];
  return (
    <article className="dossier source-header" aria-labelledby={titleId}>
      <header className="dossier-header">
        <h2 id={titleId}>{source.title}</h2>
        {!source.deletedAt && (
          <div className="inline-row">
            <button type="button" className="primary" onClick={onEdit} aria-keyshortcuts="e">
              {t('common.edit')}
            </button>
            <button type="button" className="danger" onClick={onDelete}>
              {t('common.delete')}
            </button>
          </div>
        )}
      </header>
      {source.deletedAt && <p className="notice">{t('common.deletedNotice')}</p>}
      <p className="muted">{facts.filter(Boolean).join(' · ')}</p>
      {source.people.length > 0 && (
        <p>
          {t('sources.fields.people')}:{' '}
          {source.people.map((p) => `${names.get(p.personId) ?? '…'} (${t(`sources.parts.${p.part}`).toLocaleLowerCase()})`).join(', ')}
        </p>
      )}
      {source.url && <p className="muted source-url">{source.url}</p>}
      {source.tagIds.length > 0 && (
        <ul className="chips" aria-label={t('tags.title')}>
          {source.tagIds.map((id) => (
            <li key={id} className="chip">
              {tags.get(id) ?? '…'}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
