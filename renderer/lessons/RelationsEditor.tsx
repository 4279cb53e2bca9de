import { useTranslation } from 'react-i18next';
import type { LessonRelation, LessonRelationKind } from '../../shared/api/lessons';
import { Choice } from '../ui/Choice';
import { EntityPicker } from '../ui/EntityPicker';

const KINDS: LessonRelationKind[] = ['same_as', 'refines', 'contradicts', 'related'];

interface RelationsEditorProps {
  lessonId: string | null;
  value: LessonRelation[];
  onChange(value: LessonRelation[]): void;
}

/**
 * How this lesson relates to others: the same as, refines, contradicts, related to. The other
 * lesson is found by typing, among every lesson of the library.
 */
export function RelationsEditor({ lessonId, value, onChange }: RelationsEditorProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<LessonRelation>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // Neither the lesson itself nor a lesson it is already related to is offered again.
  const taken = [...(lessonId ? [lessonId] : []), ...value.map((r) => r.lessonId)];
  return (
    <fieldset className="relations">
      <legend>{t('lessons.relations')}</legend>
      {value.map((relation, i) => (
        <div className="inline-row" key={`${i}:${relation.lessonId}`}>
          <Choice<LessonRelationKind>
            label={t('lessons.relationKind')}
            value={relation.kind}
            options={KINDS.map((kind) => ({ value: kind, label: t(`lessons.kinds.${kind}`) }))}
            onChange={(kind) => kind && set(i, { kind })}
          />
          <EntityPicker
            area="lessons"
            label={t('lessons.relatedLesson')}
            value={relation.lessonId}
            exclude={taken.filter((id) => id !== relation.lessonId)}
            onChange={(id) => id && set(i, { lessonId: id })}
          />
          <button type="button" className="quiet" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <EntityPicker
        area="lessons"
        label={t('lessons.addRelation')}
        adds
        value={null}
        exclude={taken}
        placeholder={t('quotes.addLessonPlaceholder')}
        onChange={(id) => id && onChange([...value, { lessonId: id, kind: 'related' }])}
      />
    </fieldset>
  );
}
