import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection, CollectionItem } from '../../shared/api/collections';
import { useChannelMutation } from '../api/queries';
import { EntityPicker } from '../ui/EntityPicker';
import { useEntityLabels } from '../ui/entity-labels';
import { TextField } from '../ui/Field';
import { fieldErrors } from '../ui/form-errors';
import { FormActions } from '../ui/FormActions';
import { useToasts } from '../ui/Toasts';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useUnsaved } from '../ui/unsaved-changes';

interface CollectionFormProps {
  collection: Collection | null;
  onSaved(collection: Collection): void;
  onDeleted(): void;
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function CollectionForm({ collection, onSaved, onDeleted }: CollectionFormProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [dragged, setDragged] = useState<number | null>(null);
  const [title, setTitle] = useState(collection?.title ?? '');
  const [items, setItems] = useState<CollectionItem[]>(collection?.items ?? []);
  const { markSaved } = useUnsaved(collection?.id ?? 'new:collection', { title, items });
  const create = useChannelMutation('collections.create');
  const update = useChannelMutation('collections.update');
  const remove = useDeleteWithUndo('collections');
  const mutation = collection ? update : create;
  const errors = fieldErrors(mutation.error);
  // A failed save shows on the form (its mutation's error); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });
  // Lessons added in this form before saving have no title from the server yet: each is read by id.
  const addedLessons = useEntityLabels(
    'lessons',
    items.filter((item) => item.kind === 'lesson' && collection?.itemTitles[item.itemId] === undefined).map((item) => item.itemId),
    { withTrashed: true },
  );
  const titleOf = (item: CollectionItem): string =>
    `${t(`trash.kinds.${item.kind}`)}: ${collection?.itemTitles[item.itemId] ?? addedLessons.get(item.itemId) ?? item.itemId.slice(0, 8)}`;
  const setItem = (index: number, patch: Partial<CollectionItem>) => setItems(items.map((x, i) => (i === index ? { ...x, ...patch } : x)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = collection ? await update.mutateAsync({ id: collection.id, title, items }) : await create.mutateAsync({ title, items });
    markSaved();
    toasts.show(t('common.saved'));
    onSaved(saved);
  };

  return (
    <form className="detail-form" onSubmit={(e) => void submit(e).catch(reportFailure)} aria-label={collection ? collection.title : t('collections.new')}>
      <h2>{collection ? collection.title : t('collections.new')}</h2>
      <TextField label={t('collections.fields.title')} value={title} onChange={setTitle} error={errors.title} required autoFocus={!collection} />

      <fieldset>
        <legend>{t('collections.fields.items')}</legend>
        {items.length === 0 && <p className="muted">{t('collections.noItems')}</p>}
        <ol className="collection-items">
          {items.map((item, index) => (
            <li
              key={`${item.kind}:${item.itemId}:${index}`}
              draggable
              className={dragged === index ? 'dragging' : undefined}
              onDragStart={() => setDragged(index)}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged !== null) setItems(move(items, dragged, index));
                setDragged(null);
              }}
              onKeyDown={(e) => {
                // Alt+arrow moves the item under the keyboard focus, as drag does with the mouse.
                if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                  e.preventDefault();
                  setItems(move(items, index, e.key === 'ArrowUp' ? index - 1 : index + 1));
                }
              }}
            >
              <div className="item-line">
                <span className="drag-handle" aria-hidden="true">⋮⋮</span>
                <span className="row-primary">{titleOf(item)}</span>
                <button type="button" className="quiet" onClick={() => setItems(move(items, index, index - 1))} aria-label={`${t('collections.moveUp')}: ${titleOf(item)}`}>
                  ↑
                </button>
                <button type="button" className="quiet" onClick={() => setItems(move(items, index, index + 1))} aria-label={`${t('collections.moveDown')}: ${titleOf(item)}`}>
                  ↓
                </button>
                <button type="button" className="quiet" onClick={() => setItems(items.filter((_, i) => i !== index))}>
                  {t('common.remove')}
                </button>
              </div>
              <div className="item-fields">
                <label>
                  <span className="visually-hidden">{`${t('collections.heading')}: ${titleOf(item)}`}</span>
                  <input type="text" placeholder={t('collections.heading')} value={item.heading ?? ''} onChange={(e) => setItem(index, { heading: e.target.value || null })} />
                </label>
                <label>
                  <span className="visually-hidden">{`${t('collections.commentary')}: ${titleOf(item)}`}</span>
                  <input type="text" placeholder={t('collections.commentary')} value={item.commentary} onChange={(e) => setItem(index, { commentary: e.target.value })} />
                </label>
              </div>
            </li>
          ))}
        </ol>
        <EntityPicker
          area="lessons"
          label={t('collections.addLesson')}
          adds
        value={null}
          exclude={items.filter((item) => item.kind === 'lesson').map((item) => item.itemId)}
          placeholder={t('quotes.addLessonPlaceholder')}
          onChange={(id) => id && setItems([...items, { kind: 'lesson', itemId: id, heading: null, commentary: '' }])}
        />
      </fieldset>
      <FormActions
        saving={mutation.isPending}
        error={mutation.error}
        onDelete={collection && !collection.deletedAt ? () => void remove(collection.id, collection.title).then(onDeleted) : undefined}
      />
    </form>
  );
}
