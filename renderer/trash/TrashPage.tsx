import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EntityArea } from '../../shared/api/channel-names';
import type { ItemKind } from '../../shared/api/items';
import type { TrashEntry } from '../../shared/api/library';
import { useApi } from '../api/ApiProvider';
import { useChannelQuery } from '../api/queries';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

const AREA_OF: Record<ItemKind, EntityArea> = {
  person: 'people',
  source: 'sources',
  quote: 'quotes',
  lesson: 'lessons',
  tag: 'tags',
  note: 'notes',
  collection: 'collections',
};

/** Everything deleted, newest first, each with a restore button. Nothing is ever lost silently. */
export function TrashPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const trash = useChannelQuery('trash.list', { limit: 500 });
  const items = trash.data?.items ?? [];

  const restore = async (entry: TrashEntry) => {
    try {
      await api.call(`${AREA_OF[entry.kind]}.restore`, { id: entry.id });
      await queryClient.invalidateQueries();
      toasts.show(t('common.restored', { title: entry.title }));
    } catch (error) {
      toasts.show(errorMessage(error) ?? '');
    }
  };

  return (
    <section className="trash-page" aria-labelledby="trash-title">
      <h1 id="trash-title">{t('trash.title')}</h1>
      {items.length === 0 && <p className="muted">{t('trash.empty')}</p>}
      <ul className="trash-list">
        {items.map((entry) => (
          <li key={`${entry.kind}:${entry.id}`}>
            <span className="badge">{t(`trash.kinds.${entry.kind}`)}</span>
            <span className="row-primary">{entry.title}</span>
            <span className="row-secondary">
              {t('trash.deletedAt', { date: new Date(entry.deletedAt).toLocaleString(i18n.language) })}
            </span>
            <button type="button" onClick={() => void restore(entry)} aria-label={`${t('common.restore')}: ${entry.title}`}>
              {t('common.restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
