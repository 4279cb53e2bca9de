import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelMutation } from '../api/queries';
import { errorMessage } from '../ui/form-errors';
import type { QuoteLesson, Stance } from '../../shared/api/quotes';
import { useAll } from '../api/use-all';
import { ErrorText } from '../ui/ErrorText';
import { useFailureReporter } from '../ui/useFailureReporter';

const STANCES: Stance[] = ['supports', 'nuances', 'challenges'];

interface LessonPickerProps {
  value: QuoteLesson[];
  onChange(value: QuoteLesson[]): void;
  error?: string | undefined;
}

/** Which lessons this quote is evidence for, and how (supports, nuances, challenges). */
export function LessonPicker({ value, onChange, error }: LessonPickerProps) {
  const { t } = useTranslation();
  const lessons = useAll('lessons');
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
  const stanceOf = (id: string) => value.find((l) => l.lessonId === id)?.stance;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, { lessonId: id, stance: 'supports' }] : value.filter((l) => l.lessonId !== id));
  const setStance = (id: string, stance: Stance) => onChange(value.map((l) => (l.lessonId === id ? { ...l, stance } : l)));
  return (
    <fieldset className="lesson-picker">
      <legend>{t('quotes.fields.lessons')}</legend>
      {lessons.length === 0 && <p className="muted">{t('quotes.noLessons')}</p>}
      {lessons.map((lesson) => {
        const stance = stanceOf(lesson.id);
        return (
          <div className="inline-row" key={lesson.id}>
            <label className="checkbox">
              <input type="checkbox" checked={stance !== undefined} onChange={(e) => toggle(lesson.id, e.target.checked)} />
              {lesson.title}
            </label>
            {stance && (
              <label>
                <span className="visually-hidden">{`${t('quotes.fields.stance')}: ${lesson.title}`}</span>
                <select value={stance} onChange={(e) => setStance(lesson.id, e.target.value as Stance)}>
                  {STANCES.map((s) => (
                    <option key={s} value={s}>
                      {t(`quotes.stances.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        );
      })}
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
