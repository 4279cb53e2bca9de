import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionItem } from '../../shared/api/collections';
import { useApi } from '../api/ApiProvider';
import { useAll } from '../api/use-all';
import { Choice } from '../ui/Choice';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

const NEW = '__new__';
type Item = { kind: CollectionItem['kind']; itemId: string };

interface AddToCollectionProps {
  items: readonly Item[];
  /** The item's name when there is one item, for the message afterwards. */
  title?: string;
  label: string;
}

/**
 * "Aan collectie toevoegen": one item from its own page, or many at once (search results), into
 * an existing or a new collection. Items already in it are skipped.
 */
export function AddToCollection({ items, title, label }: AddToCollectionProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const collections = useAll('collections');
  const [target, setTarget] = useState('');
  if (items.length === 0) return null;
  const add = async () => {
    try {
      const collection =
        target === NEW ? await api.call('collections.create', { title: t('collections.untitled') }) : await api.call('collections.get', { id: target });
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
      setTarget('');
    } catch (error) {
      toasts.show(errorMessage(error) ?? '');
    }
  };
  return (
    <div className="add-to-collection inline-row">
      <Choice
        label={label}
        value={target}
        empty={`${label}…`}
        options={[...collections.map((c) => ({ value: c.id, label: c.title })), { value: NEW, label: t('collections.newCollection') }]}
        onChange={setTarget}
      />
      <button type="button" disabled={!target} onClick={() => void add()}>
        {items.length === 1 ? t('common.add') : t('collections.addAll', { count: items.length })}
      </button>
    </div>
  );
}
