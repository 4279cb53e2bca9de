import { useTranslation } from 'react-i18next';
import { useChannelMutation } from '../api/queries';
import { errorMessage } from '../ui/form-errors';
import type { QuoteLesson, Stance } from '../../shared/api/quotes';
import { EntityPicker } from '../ui/EntityPicker';
import { useEntityLabels } from '../ui/entity-labels';
import { ErrorText } from '../ui/ErrorText';

const STANCES: Stance[] = ['supports', 'nuances', 'challenges'];

interface LessonPickerProps {
  value: QuoteLesson[];
  onChange(value: QuoteLesson[]): void;
  error?: string | undefined;
}

/**
 * Which lessons this quote is evidence for, and how (supports, nuances, challenges). The linked
 * lessons are listed; another is added by typing (a typeahead over every lesson), or made from the same field when
 * none has that title yet.
 */
export function LessonPicker({ value, onChange, error }: LessonPickerProps) {
  const { t } = useTranslation();
  const titles = useEntityLabels(
    'lessons',
    value.map((l) => l.lessonId),
    { withTrashed: true },
  );
  const create = useChannelMutation('lessons.create');
  // A lesson heard for the first time is made from the picker itself ("Nieuwe les “…”") and linked at once.
  const makeLesson = { label: (title: string) => t('quotes.newLesson', { title }), make: async (title: string) => (await create.mutateAsync({ title: title.trim() })).id };
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
        create={makeLesson}
      />
      <ErrorText message={error ?? errorMessage(create.error)} />
    </fieldset>
  );
}
