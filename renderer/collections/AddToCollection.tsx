import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionItem } from '../../shared/api/collections';
import { useApi } from '../api/ApiProvider';
import { useAll } from '../api/use-all';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

const NEW = '__new__';

/** "Aan collectie toevoegen" on every quote, lesson, profile and source. */
export function AddToCollection({ kind, itemId, title }: { kind: CollectionItem['kind']; itemId: string; title: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const collections = useAll('collections');
  const [target, setTarget] = useState('');
  const add = async () => {
    try {
      const collection =
        target === NEW
          ? await api.call('collections.create', { title: t('collections.untitled') })
          : await api.call('collections.get', { id: target });
      if (collection.items.some((i) => i.kind === kind && i.itemId === itemId)) {
        toasts.show(t('collections.alreadyIn', { title, collection: collection.title }));
        return;
      }
      await api.call('collections.update', { id: collection.id, items: [...collection.items, { kind, itemId, heading: null, commentary: '' }] });
      await queryClient.invalidateQueries({ queryKey: ['collections'] });
      toasts.show(t('collections.added', { title, collection: collection.title }));
      setTarget('');
    } catch (error) {
      toasts.show(errorMessage(error) ?? '');
    }
  };
  return (
    <div className="add-to-collection inline-row">
      <label>
        <span className="visually-hidden">{t('collections.addTo')}</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label={t('collections.addTo')}>
          <option value="">{t('collections.addTo')}…</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
          <option value={NEW}>{t('collections.newCollection')}</option>
        </select>
      </label>
      <button type="button" disabled={!target} onClick={() => void add()}>
        {t('common.add')}
      </button>
    </div>
  );
}
