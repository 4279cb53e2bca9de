import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionItem } from '../../shared/api/collections';
import { useApi } from '../api/ApiProvider';
import { EntityPicker } from '../ui/EntityPicker';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

type Item = { kind: CollectionItem['kind']; itemId: string };

interface AddToCollectionProps {
  items: readonly Item[];
  /** The item's name when there is one item, for the message afterwards. */
  title?: string;
  label: string;
}

/**
 * "Aan collectie toevoegen": one item from its own page, or many at once (search results), into
 * an existing collection (found by typing, among all of them) or a new one. Items already in it
 * are skipped.
 */
export function AddToCollection({ items, title, label }: AddToCollectionProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<string | null>(null);
  if (items.length === 0) return null;
  const add = async (into: string | 'new') => {
    try {
      const collection = into === 'new' ? await api.call('collections.create', { title: t('collections.untitled') }) : await api.call('collections.get', { id: into });
      const present = new Set(collection.items.map((i) => `${i.kind}:${i.itemId}`));
      const fresh = items.filter((i) => !present.has(`${i.kind}:${i.itemId}`)).map((i) => ({ ...i, heading: null, commentary: '' }));
      if (fresh.length > 0) await api.call('collections.update', { id: collection.id, items: [...collection.items, ...fresh] });
      await queryClient.invalidateQueries({ queryKey: ['collections'] });
      const single = items.length === 1 && title !== undefined;
      toasts.show(
        single
          ? t(fresh.length ? 'collections.added' : 'collections.alreadyIn', { title, collection: collection.title })
          : t('collections.addedMany', { count: fresh.length, collection: collection.title }),
      );
      setTarget(null);
    } catch (error) {
      toasts.show(errorMessage(error) ?? '');
    }
  };
  return (
    <div className="add-to-collection inline-row">
      <EntityPicker area="collections" label={label} value={target} onChange={setTarget} placeholder={t('collections.choosePlaceholder')} />
      <button type="button" disabled={!target} onClick={() => target && void add(target)}>
        {items.length === 1 ? t('common.add') : t('collections.addAll', { count: items.length })}
      </button>
      <button type="button" onClick={() => void add('new')}>
        {t('collections.addToNew')}
      </button>
    </div>
  );
}
