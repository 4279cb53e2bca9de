import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionItem } from '../../shared/api/collections';
import { useApi } from '../api/ApiProvider';
import { useAll } from '../api/use-all';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

type Item = { kind: CollectionItem['kind']; itemId: string };

/** Several items at once (the results of a search) into a collection, skipping those already in it. */
export function AddManyToCollection({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const collections = useAll('collections');
  const [target, setTarget] = useState('');
  if (items.length === 0) return null;
  const add = async () => {
    try {
      const collection = await api.call('collections.get', { id: target });
      const present = new Set(collection.items.map((i) => `${i.kind}:${i.itemId}`));
      const fresh = items.filter((i) => !present.has(`${i.kind}:${i.itemId}`)).map((i) => ({ ...i, heading: null, commentary: '' }));
      await api.call('collections.update', { id: collection.id, items: [...collection.items, ...fresh] });
      await queryClient.invalidateQueries({ queryKey: ['collections'] });
      toasts.show(t('collections.addedMany', { count: fresh.length, collection: collection.title }));
    } catch (error) {
      toasts.show(errorMessage(error) ?? '');
    }
  };
  return (
    <div className="inline-row" role="group" aria-label={t('collections.addResults')}>
      <label>
        <span className="visually-hidden">{t('collections.addResults')}</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label={t('collections.addResults')}>
          <option value="">{t('collections.addResults')}…</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!target} onClick={() => void add()}>
        {t('collections.addAll', { count: items.length })}
      </button>
    </div>
  );
}
