import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './form-errors';
import { VirtualList } from './VirtualList';

interface MasterDetailProps<T extends { id: string }> {
  title: string;
  newLabel: string;
  items: readonly T[];
  total: number;
  error: unknown;
  filter: string;
  onFilter(value: string): void;
  /** How the list is ordered (ListSort), shown under the filter. */
  sortControl?: ReactNode;
  selectedId: string | null;
  onSelect(id: string | 'new'): void;
  onNearEnd(): void;
  renderItem(item: T): ReactNode;
  detail: ReactNode;
  /** Shown in the list pane when there is nothing (and no filter). */
  empty?: ReactNode;
  /** A filter set from elsewhere (the co-occurrence map), shown with a way to clear it. */
  scope?: { label: string; clear(): void } | undefined;
  /** Extra buttons beside "new" (the sources list has "Bestand inlezen"). */
  actions?: ReactNode;
  /** Choosing many rows for one action (see VirtualList); the detail pane then holds the actions. */
  multi?: { chosen: ReadonlySet<string>; toggle(id: string): void } | undefined;
}

/** The layout of every section: a filtered, virtualised list on the left, the item on the right. */
export function MasterDetail<T extends { id: string }>(props: MasterDetailProps<T>) {
  const { t } = useTranslation();
  const failed = errorMessage(props.error);
  return (
    <div className="master-detail">
      <section className="list-pane" aria-label={t('common.listLabel', { what: props.title })}>
        <header className="pane-header">
          <h1>{props.title}</h1>
          <div className="pane-actions">
            {props.actions}
            <button type="button" className="primary" onClick={() => props.onSelect('new')}>
              {props.newLabel}
            </button>
          </div>
        </header>
        <input
          type="search"
          className="filter"
          aria-label={t('common.filter')}
          placeholder={t('common.filterPlaceholder')}
          value={props.filter}
          onChange={(e) => props.onFilter(e.target.value)}
        />
        {props.sortControl}
        {props.scope && (
          <p className="scope">
            {props.scope.label}{' '}
            <button type="button" className="link" onClick={props.scope.clear}>
              {t('common.clearFilter')}
            </button>
          </p>
        )}
        <p className="list-count" aria-live="polite">
          {t('common.count', { count: props.total })}
        </p>
        {failed && <p role="alert" className="field-error">{t('app.loadFailed', { message: failed })}</p>}
        {props.items.length === 0 && !failed ? (
          (props.filter === '' && props.empty) || <p className="muted">{t('empty.list')}</p>
        ) : (
          <VirtualList
            label={props.title}
            items={props.items}
            selectedId={props.selectedId}
            onSelect={props.onSelect}
            renderItem={props.renderItem}
            onNearEnd={props.onNearEnd}
            multi={props.multi}
          />
        )}
      </section>
      <section className="detail-pane" aria-label={t('common.detailLabel')}>
        {props.detail ?? <p className="muted">{t('common.notFoundSelection')}</p>}
      </section>
    </div>
  );
}
