import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type Source, type SourceKind, type SourcePerson } from '../../shared/api/sources';
import { useApi } from '../api/ApiProvider';
import { useChannelMutation } from '../api/queries';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { fieldErrors } from '../ui/form-errors';
import { FormActions } from '../ui/FormActions';
import { TagPicker } from '../ui/TagPicker';
import { useToasts } from '../ui/Toasts';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { SourcePeopleEditor } from './SourcePeopleEditor';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useUnsaved } from '../ui/unsaved-changes';

interface SourceFormProps {
  source: Source | null;
  onSaved(source: Source): void;
  onDeleted(): void;
  /** Back to the reading view without saving. */
  onCancel?: () => void;
}

/** A source's fields and text (a correction moves its quotes along), opened with Bewerken or `e`, or for a new source. */
export function SourceForm({ source, onSaved, onDeleted, onCancel }: SourceFormProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [title, setTitle] = useState(source?.title ?? '');
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'interview');
  const [outlet, setOutlet] = useState(source?.outlet ?? '');
  const [date, setDate] = useState(source?.date ?? '');
  const [url, setUrl] = useState(source?.url ?? '');
  const [language, setLanguage] = useState(source?.language ?? 'nl');
  const [text, setText] = useState(source?.text ?? '');
  const [people, setPeople] = useState<SourcePerson[]>(source?.people ?? []);
  const [tagIds, setTagIds] = useState<string[]>(source?.tagIds ?? []);
  const { markSaved } = useUnsaved(source?.id ?? 'new:source', { title, kind, outlet, date, url, language, text, people, tagIds });
  const create = useChannelMutation('sources.create', ['quotes']);
  const update = useChannelMutation('sources.update', ['quotes']);
  const remove = useDeleteWithUndo('sources');
  const mutation = source ? update : create;
  const errors = fieldErrors(mutation.error);
  // A failed save shows on the form (its mutation's error); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });

  const api = useApi();
  // Quotes a correction would leave loose: shown before saving, saved only when confirmed.
  const [wouldDetach, setWouldDetach] = useState<{ id: string; text: string }[] | null>(null);

  const submit = async (event: FormEvent | null, confirmed = false) => {
    event?.preventDefault();
    if (source && text !== source.text && !confirmed) {
      const { detached } = await api.call('sources.previewCorrection', { id: source.id, text });
      if (detached.length > 0) {
        setWouldDetach(detached);
        return;
      }
    }
    setWouldDetach(null);
    const fields = { title, kind, outlet, date: date.trim() || null, url: url.trim() || null, language, text, people, tagIds };
    const saved = source ? await update.mutateAsync({ id: source.id, ...fields }) : await create.mutateAsync(fields);
    markSaved();
    toasts.show(t('common.saved'));
    onSaved(saved);
  };

  return (
    <form className="detail-form" onSubmit={(e) => void submit(e).catch(reportFailure)} aria-label={source ? source.title : t('sources.new')}>
      <h2>{source ? source.title : t('sources.new')}</h2>
      {source?.deletedAt && <p className="notice">{t('common.deletedNotice')}</p>}
      <TextField label={t('sources.fields.title')} value={title} onChange={setTitle} error={errors.title} required autoFocus={!source} />
      <div className="field-row">
        <SelectField<SourceKind>
          label={t('sources.fields.kind')}
          value={kind}
          onChange={setKind}
          options={SOURCE_KINDS.map((value) => ({ value, label: t(`sources.kinds.${value}`) }))}
        />
        <TextField label={t('sources.fields.date')} value={date} onChange={setDate} error={errors.date} placeholder={t('common.datePlaceholder')} />
        <TextField label={t('sources.fields.language')} value={language} onChange={setLanguage} error={errors.language} />
      </div>
      <div className="field-row">
        <TextField label={t('sources.fields.outlet')} value={outlet} onChange={setOutlet} error={errors.outlet} />
        <TextField label={t('sources.fields.url')} type="url" value={url} onChange={setUrl} error={errors.url} placeholder="https://" />
      </div>
      <SourcePeopleEditor value={people} onChange={setPeople} error={errors.people} />
      <TagPicker value={tagIds} onChange={setTagIds} />
      <TextArea label={t('sources.fields.text')} value={text} onChange={setText} error={errors.text} help={t('sources.textHelp')} rows={source ? 6 : 14} />
      {wouldDetach && (
        <div className="notice warning" role="alertdialog" aria-label={t('sources.detachTitle')}>
          <p>{t('sources.detachWarning', { count: wouldDetach.length })}</p>
          <ul>
            {wouldDetach.map((q) => (
              <li key={q.id}>“{q.text.length > 120 ? `${q.text.slice(0, 120)}…` : q.text}”</li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" onClick={() => void submit(null, true).catch(reportFailure)}>
              {t('sources.detachConfirm')}
            </button>
            <button type="button" onClick={() => setWouldDetach(null)}>
              {t('sources.detachBack')}
            </button>
          </div>
        </div>
      )}
      <FormActions
        saving={mutation.isPending}
        error={mutation.error}
        onDelete={source && !source.deletedAt ? () => void remove(source.id, source.title).then(onDeleted) : undefined}
        onCancel={onCancel}
      />
    </form>
  );
}
