import { useTranslation } from 'react-i18next';
import type { BulkAction, BULK_KINDS } from '../../shared/api/bulk';
import { useChannelMutation } from '../api/queries';
import { AddToCollection } from '../collections/AddToCollection';
import { EntityPicker } from './EntityPicker';
import { ErrorText } from './ErrorText';
import { errorMessage } from './form-errors';
import { useToasts } from './Toasts';

interface BulkPanelProps {
  kind: (typeof BULK_KINDS)[number];
  chosen: readonly string[];
  loaded: number;
  chooseAll(): void;
  clear(): void;
  close(): void;
}

/**
 * What can be done to the rows chosen in a list, all at once: a label added, quotes linked to a
 * lesson, everything into a collection or to the trash. One request, one transaction.
 */
export function BulkPanel({ kind, chosen, loaded, chooseAll, clear, close }: BulkPanelProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const bulk = useChannelMutation('items.bulk', ['quotes', 'sources', 'lessons', 'people', 'tags', 'collections']);
  const apply = async (action: BulkAction) => {
    const { changed } = await bulk.mutateAsync({ kind, ids: [...chosen], action });
    toasts.show(t(action.type === 'trash' ? 'bulk.trashed' : 'bulk.changed', { count: changed }));
    if (action.type === 'trash') clear();
  };
  const report = (error: unknown) => toasts.show(errorMessage(error) ?? '');
  return (
    <section className="bulk-panel dossier" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('bulk.chosen', { count: chosen.length })}</h2>
      <p className="muted">{t('bulk.help')}</p>
      <div className="inline-row">
        <button type="button" onClick={chooseAll}>
          {t('bulk.chooseAll', { count: loaded })}
        </button>
        <button type="button" onClick={clear} disabled={chosen.length === 0}>
          {t('bulk.chooseNone')}
        </button>
        <button type="button" className="primary" onClick={close}>
          {t('bulk.done')}
        </button>
      </div>
      {chosen.length > 0 && (
        <>
          <EntityPicker area="tags" adds value={null} label={t('bulk.addTag')} placeholder={t('tags.addPlaceholder')} onChange={(id) => id && void apply({ type: 'addTag', tagId: id }).catch(report)} />
          {kind === 'quote' && (
            <EntityPicker
              area="lessons"
              adds
              value={null}
              label={t('bulk.linkLesson')}
              placeholder={t('quotes.addLessonPlaceholder')}
              onChange={(id) => id && void apply({ type: 'linkLesson', lessonId: id }).catch(report)}
            />
          )}
          <AddToCollection items={chosen.map((itemId) => ({ kind, itemId }))} label={t('collections.addTo')} />
          <div>
            <button type="button" className="danger" onClick={() => void apply({ type: 'trash' }).catch(report)}>
              {t('bulk.trash', { count: chosen.length })}
            </button>
          </div>
        </>
      )}
      <ErrorText message={errorMessage(bulk.error)} />
    </section>
  );
}
