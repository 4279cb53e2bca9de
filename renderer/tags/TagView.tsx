import { useTranslation } from 'react-i18next';
import type { Tag } from '../../shared/api/tags';
import { useNavigation } from '../app/navigation';
import { useFormatDate } from '../i18n/dates';
import { useEntityLabels } from '../ui/entity-labels';
import { PagedQuoteList } from '../ui/PagedQuoteList';
import { ReadingView } from '../ui/ReadingView';

interface TagViewProps {
  tag: Tag;
  onEdit(): void;
  onDelete(): void;
}

/**
 * A label as it is read: its facet, what it falls under, and every quote that carries it (on the
 * quote or on its source; a place includes its neighbourhoods), in the order they were said.
 * Editing (name, facet, parent, merging) is a mode, as on every item.
 */
export function TagView({ tag, onEdit, onDelete }: TagViewProps) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const formatDate = useFormatDate();
  const parents = useEntityLabels('tags', tag.parentId ? [tag.parentId] : [], { withTrashed: true });
  const titleId = `tag-title-${tag.id}`;
  return (
    <ReadingView titleId={titleId} title={tag.name} deleted={Boolean(tag.deletedAt)} onEdit={onEdit} onDelete={onDelete}>
      <p className="muted">
        {t('tags.fields.facet')}: {t(`tags.facets.${tag.facet}`)}
        {tag.parentId && (
          <>
            {' · '}
            {t('tags.fields.parent')}{' '}
            <button type="button" className="link" onClick={() => tag.parentId && nav.go('tags', tag.parentId)}>
              {parents.get(tag.parentId) ?? '…'}
            </button>
          </>
        )}
      </p>
      <section className="evidence" aria-label={t('tags.quotesTitle')}>
        <PagedQuoteList
          filters={{ tagId: tag.id, sort: 'dateSaid', direction: 'asc' }}
          label={t('tags.quotesTitle')}
          line={(q) => [q.speakerName, q.dateSaid && formatDate(q.dateSaid), q.sourceTitle].filter(Boolean).join(' · ')}
        >
          {(total, loading) => (
            <>
              <h3>
                {t('tags.quotesTitle')} <span className="muted">({t('tags.quoteCount', { count: total })})</span>
              </h3>
              {total === 0 && !loading && <p className="muted">{t('tags.noQuotes')}</p>}
            </>
          )}
        </PagedQuoteList>
      </section>
    </ReadingView>
  );
}
