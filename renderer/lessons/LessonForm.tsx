import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, LessonRelation } from '../../shared/api/lessons';
import { TagPicker } from '../ui/TagPicker';
import { RelationsEditor } from './RelationsEditor';
import { useChannelMutation } from '../api/queries';
import { TextArea, TextField } from '../ui/Field';
import { fieldErrors } from '../ui/form-errors';
import { FormActions } from '../ui/FormActions';
import { useToasts } from '../ui/Toasts';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useUnsaved } from '../ui/unsaved-changes';

interface LessonFormProps {
  lesson: Lesson | null;
  onSaved(lesson: Lesson): void;
  onDeleted(): void;
  /** Back to the dossier without saving. */
  onCancel?: () => void;
}

/** A lesson's fields, opened from its dossier (Bewerken, or `e`) or for a new lesson. */
export function LessonForm({ lesson, onSaved, onDeleted, onCancel }: LessonFormProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [aliases, setAliases] = useState((lesson?.aliases ?? []).join('\n'));
  const [summary, setSummary] = useState(lesson?.summary ?? '');
  const [relatedWords, setRelatedWords] = useState((lesson?.relatedWords ?? []).join(', '));
  const [relations, setRelations] = useState<LessonRelation[]>(lesson?.relations ?? []);
  const [tagIds, setTagIds] = useState<string[]>(lesson?.tagIds ?? []);
  const { markSaved } = useUnsaved(lesson?.id ?? 'new:lesson', { title, aliases, summary, relatedWords, relations, tagIds });
  const create = useChannelMutation('lessons.create');
  const update = useChannelMutation('lessons.update');
  const remove = useDeleteWithUndo('lessons');
  const mutation = lesson ? update : create;
  const errors = fieldErrors(mutation.error);
  // A failed save shows on the form (its mutation's error); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      title,
      summary,
      relations,
      tagIds,
      relatedWords: relatedWords
        .split(/[,\n]/)
        .map((w) => w.trim())
        .filter(Boolean),
      aliases: aliases
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
    };
    const saved = lesson ? await update.mutateAsync({ id: lesson.id, ...fields }) : await create.mutateAsync(fields);
    markSaved();
    toasts.show(t('common.saved'));
    onSaved(saved);
  };

  return (
    <form className="detail-form" onSubmit={(e) => void submit(e).catch(reportFailure)} aria-label={lesson ? lesson.title : t('lessons.new')}>
      <h2>{lesson ? lesson.title : t('lessons.new')}</h2>
      {lesson && <p className="muted">{t('lessons.evidence', { count: lesson.evidenceCount })}</p>}
      {lesson?.deletedAt && <p className="notice">{t('common.deletedNotice')}</p>}
      <TextField label={t('lessons.fields.title')} value={title} onChange={setTitle} error={errors.title} required autoFocus={!lesson} />
      <TextArea label={t('lessons.fields.aliases')} value={aliases} onChange={setAliases} error={errors.aliases} help={t('lessons.aliasesHelp')} rows={3} />
      <TextArea label={t('lessons.fields.summary')} value={summary} onChange={setSummary} error={errors.summary} />
      <TextField label={t('lessons.fields.relatedWords')} value={relatedWords} onChange={setRelatedWords} error={errors.relatedWords} help={t('lessons.relatedWordsHelp')} />
      <RelationsEditor lessonId={lesson?.id ?? null} value={relations} onChange={setRelations} />
      <TagPicker value={tagIds} onChange={setTagIds} />
      <FormActions
        saving={mutation.isPending}
        error={mutation.error}
        onDelete={lesson && !lesson.deletedAt ? () => void remove(lesson.id, lesson.title).then(onDeleted) : undefined}
        onCancel={onCancel}
      />
    </form>
  );
}
