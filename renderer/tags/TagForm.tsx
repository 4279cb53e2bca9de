import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { useTranslation } from 'react-i18next';
import { type Facet, FACETS, type Tag } from '../../shared/api/tags';
import { useChannelMutation } from '../api/queries';
import { EntityPicker } from '../ui/EntityPicker';
import { SelectField, TextField } from '../ui/Field';
import { fieldErrors } from '../ui/form-errors';
import { FormActions } from '../ui/FormActions';
import { useToasts } from '../ui/Toasts';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useUnsaved } from '../ui/unsaved-changes';

interface TagFormProps {
  tag: Tag | null;
  onSaved(tag: Tag): void;
  onDeleted(): void;
  /** Back to the label as it is read, without saving (asks first when something was changed). */
  onCancel?: () => void;
}

export function TagForm({ tag, onSaved, onDeleted, onCancel }: TagFormProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [name, setName] = useState(tag?.name ?? '');
  const [facet, setFacet] = useState<Facet>(tag?.facet ?? 'theme');
  const [parentId, setParentId] = useState(tag?.parentId ?? '');
  const { markSaved } = useUnsaved(tag?.id ?? 'new:tag', { name, facet, parentId });
  const create = useChannelMutation('tags.create');
  const update = useChannelMutation('tags.update');
  const remove = useDeleteWithUndo('tags');
  const mutation = tag ? update : create;
  const api = useApi();
  const queryClient = useQueryClient();
  const [mergeInto, setMergeInto] = useState('');
  const merge = async () => {
    if (!tag || !mergeInto) return;
    const kept = await api.call('tags.merge', { keepId: mergeInto, mergeId: tag.id });
    await queryClient.invalidateQueries();
    toasts.show(t('tags.merged', { name: tag.name, into: kept.name }), {
      label: t('common.undo'),
      run: () =>
        void api
          .call('library.undo', { undoId: kept.undoId })
          .then(() => queryClient.invalidateQueries())
          .catch(reportMergeFailure),
    });
    onDeleted();
  };
  const errors = fieldErrors(mutation.error);
  // A failed save shows on the form; a merge is no mutation of this form, so its failure is a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });
  const reportMergeFailure = useFailureReporter();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { name, facet, parentId: parentId || null };
    const saved = tag ? await update.mutateAsync({ id: tag.id, ...fields }) : await create.mutateAsync(fields);
    markSaved();
    toasts.show(t('common.saved'));
    onSaved(saved);
  };

  return (
    <form className="detail-form" onSubmit={(e) => void submit(e).catch(reportFailure)} aria-label={tag ? tag.name : t('tags.new')}>
      <h2>{tag ? tag.name : t('tags.new')}</h2>
      <TextField label={t('tags.fields.name')} value={name} onChange={setName} error={errors.name} required autoFocus={!tag} />
      <SelectField<Facet>
        label={t('tags.fields.facet')}
        value={facet}
        onChange={setFacet}
        options={FACETS.map((value) => ({ value, label: t(`tags.facets.${value}`) }))}
      />
      <EntityPicker
        area="tags"
        label={t('tags.fields.parent')}
        value={parentId || null}
        exclude={tag ? [tag.id] : []}
        placeholder={t('common.none')}
        error={errors.parentId}
        onChange={(id) => setParentId(id ?? '')}
      />
      {tag && !tag.deletedAt && (
        <div className="inline-row">
          <EntityPicker area="tags" label={t('tags.mergeInto')} value={mergeInto || null} exclude={[tag.id]} onChange={(id) => setMergeInto(id ?? '')} />
          <button type="button" disabled={!mergeInto} onClick={() => void merge().catch(reportMergeFailure)}>
            {t('tags.merge')}
          </button>
        </div>
      )}
      <FormActions
        saving={mutation.isPending}
        error={mutation.error}
        onDelete={tag && !tag.deletedAt ? () => void remove(tag.id, tag.name).then(onDeleted) : undefined}
        onCancel={onCancel}
      />
    </form>
  );
}
