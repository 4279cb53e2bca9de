import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Hint, ItemActions } from './ItemActions';
import { useEntityLabels } from './entity-labels';

interface ReadingViewProps {
  /** The id its heading gets, which names the article. */
  titleId: string;
  title: string;
  deleted: boolean;
  onEdit(): void;
  onDelete(): void;
  children: ReactNode;
}

/**
 * An item as it is read (a lesson, a profile, a quote, a source): its title with Bewerken (or `e`)
 * and a menu of further actions (Link kopiëren, Naar prullenbak) beside it, then what the item says. One shell, so every reading view
 * behaves and is named alike.
 */
export function ReadingView({ titleId, title, deleted, onEdit, onDelete, children }: ReadingViewProps) {
  const { t } = useTranslation();
  return (
    <article className="dossier" aria-labelledby={titleId}>
      <header className="dossier-header">
        <h2 id={titleId}>{title}</h2>
        {!deleted && (
          <div className="inline-row">
            <Hint text={t('common.editHint')}>
              <Button className="primary" onPress={onEdit} aria-keyshortcuts="e">
                {t('common.edit')}
              </Button>
            </Hint>
            <ItemActions onDelete={onDelete} />
          </div>
        )}
      </header>
      {deleted && <p className="notice">{t('common.deletedNotice')}</p>}
      {children}
    </article>
  );
}

/** An item's labels as chips, named by id. */
export function TagChips({ tagIds }: { tagIds: readonly string[] }) {
  const { t } = useTranslation();
  const names = useEntityLabels('tags', tagIds);
  if (tagIds.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('tags.title')}>
      {tagIds.map((id) => (
        <li key={id} className="chip">
          {names.get(id) ?? '…'}
        </li>
      ))}
    </ul>
  );
}
