import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelMutation } from '../api/queries';
import { errorMessage } from '../ui/form-errors';
import type { QuoteLesson, Stance } from '../../shared/api/quotes';
import { EntityPicker } from '../ui/EntityPicker';
import { useEntityLabels } from '../ui/entity-labels';
import { ErrorText } from '../ui/ErrorText';
import { useFailureReporter } from '../ui/useFailureReporter';

const STANCES: Stance[] = ['supports', 'nuances', 'challenges'];

interface LessonPickerProps {
  value: QuoteLesson[];
  onChange(value: QuoteLesson[]): void;
  error?: string | undefined;
}

/**
 * Which lessons this quote is evidence for, and how (supports, nuances, challenges). The linked
 * lessons are listed; another is added by typing (a typeahead over every lesson) or made here.
 */
export function LessonPicker({ value, onChange, error }: LessonPickerProps) {
  const { t } = useTranslation();
  const titles = useEntityLabels(
    'lessons',
    value.map((l) => l.lessonId),
    { withTrashed: true },
  );
  const [newTitle, setNewTitle] = useState('');
  const create = useChannelMutation('lessons.create');
  // A failed "new lesson" shows below the picker (create.error); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });
  // A lesson heard for the first time is created here and linked at once.
  const addNew = async () => {
    const title = newTitle.trim();
    if (!title) return;
    const lesson = await create.mutateAsync({ title });
    onChange([...value, { lessonId: lesson.id, stance: 'supports' }]);
    setNewTitle('');
  };
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, { lessonId: id, stance: 'supports' }] : value.filter((l) => l.lessonId !== id));
  const setStance = (id: string, stance: Stance) => onChange(value.map((l) => (l.lessonId === id ? { ...l, stance } : l)));
  return (
    <fieldset className="lesson-picker">
      <legend>{t('quotes.fields.lessons')}</legend>
      {value.length === 0 && <p className="muted">{t('quotes.noLinkedLessons')}</p>}
      {value.map(({ lessonId, stance }) => {
        const title = titles.get(lessonId) ?? '…';
        return (
          <div className="inline-row" key={lessonId}>
            <label className="checkbox">
              <input type="checkbox" checked onChange={(e) => toggle(lessonId, e.target.checked)} />
              {title}
            </label>
            <label>
              <span className="visually-hidden">{`${t('quotes.fields.stance')}: ${title}`}</span>
              <select value={stance} onChange={(e) => setStance(lessonId, e.target.value as Stance)}>
                {STANCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`quotes.stances.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        );
      })}
      <EntityPicker
        area="lessons"
        label={t('quotes.addLesson')}
        adds
        value={null}
        exclude={value.map((l) => l.lessonId)}
        placeholder={t('quotes.addLessonPlaceholder')}
        onChange={(id) => id && toggle(id, true)}
      />
      <div className="inline-row">
        <label className="grow">
          <span className="visually-hidden">{t('quotes.newLessonTitle')}</span>
          <input
            type="text"
            value={newTitle}
            placeholder={t('quotes.newLessonTitle')}
            onChange={(e) => setNewTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void addNew().catch(reportFailure);
              }
            }}
          />
        </label>
        <button type="button" disabled={!newTitle.trim() || create.isPending} onClick={() => void addNew().catch(reportFailure)}>
          {t('quotes.addNewLesson')}
        </button>
      </div>
      <ErrorText message={error ?? errorMessage(create.error)} />
    </fieldset>
  );
}
