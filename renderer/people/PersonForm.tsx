import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent, Person, PersonRole } from '../../shared/api/people';
import { useChannelMutation } from '../api/queries';
import { fieldErrors } from '../ui/form-errors';
import { FormActions } from '../ui/FormActions';
import { TagPicker } from '../ui/TagPicker';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { useToasts } from '../ui/Toasts';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { RolesEditor } from './RolesEditor';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useUnsaved } from '../ui/unsaved-changes';

interface PersonFormProps {
  person: Person | null;
  onSaved(person: Person): void;
  onDeleted(): void;
  /** Back to the profile without saving. */
  onCancel?: () => void;
}

/** A person's fields, opened from their profile (Bewerken, or `e`) or for a new profile. */
export function PersonForm({ person, onSaved, onDeleted, onCancel }: PersonFormProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [name, setName] = useState(person?.name ?? '');
  const [pseudonym, setPseudonym] = useState(person?.pseudonym ?? '');
  const [consent, setConsent] = useState<Consent>(person?.consent ?? 'name');
  const [summary, setSummary] = useState(person?.summary ?? '');
  const [roles, setRoles] = useState<PersonRole[]>(person?.roles ?? []);
  const [tagIds, setTagIds] = useState<string[]>(person?.tagIds ?? []);
  const { markSaved } = useUnsaved(person?.id ?? 'new:person', { name, pseudonym, consent, summary, roles, tagIds });
  const create = useChannelMutation('people.create');
  const update = useChannelMutation('people.update');
  const remove = useDeleteWithUndo('people');
  const mutation = person ? update : create;
  const errors = fieldErrors(mutation.error);
  // A failed save shows on the form (its mutation's error); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { name, pseudonym: pseudonym || null, consent, summary, roles, tagIds };
    const saved = person ? await update.mutateAsync({ id: person.id, ...fields }) : await create.mutateAsync(fields);
    markSaved();
    toasts.show(t('common.saved'));
    onSaved(saved);
  };

  return (
    <form className="detail-form" onSubmit={(e) => void submit(e).catch(reportFailure)} aria-label={person ? person.name : t('people.new')}>
      <h2>{person ? person.name : t('people.new')}</h2>
      {person?.deletedAt && <p className="notice">{t('common.deletedNotice')}</p>}
      <TextField label={t('people.fields.name')} value={name} onChange={setName} error={errors.name} required autoFocus={!person} />
      <div className="field-row">
        <SelectField<Consent>
          label={t('people.fields.consent')}
          value={consent}
          onChange={setConsent}
          options={(['name', 'pseudonym', 'omit'] as const).map((value) => ({ value, label: t(`people.consent.${value}`) }))}
          error={errors.consent}
        />
        <TextField label={t('people.fields.pseudonym')} value={pseudonym} onChange={setPseudonym} error={errors.pseudonym} />
      </div>
      <RolesEditor roles={roles} onChange={setRoles} error={errors.roles} />
      <TextArea label={t('people.fields.summary')} value={summary} onChange={setSummary} error={errors.summary} />
      <TagPicker value={tagIds} onChange={setTagIds} />
      <FormActions
        saving={mutation.isPending}
        error={mutation.error}
        onDelete={person && !person.deletedAt ? () => void remove(person.id, person.name).then(onDeleted) : undefined}
        onCancel={onCancel}
      />
    </form>
  );
}
