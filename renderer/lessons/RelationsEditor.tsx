import { useTranslation } from 'react-i18next';
import type { LessonRelation, LessonRelationKind } from '../../shared/api/lessons';
import { useAll } from '../api/use-all';
import { Choice } from '../ui/Choice';

const KINDS: LessonRelationKind[] = ['same_as', 'refines', 'contradicts', 'related'];

interface RelationsEditorProps {
  lessonId: string | null;
  value: LessonRelation[];
  onChange(value: LessonRelation[]): void;
}

/** How this lesson relates to others: the same as, refines, contradicts, related to. */
export function RelationsEditor({ lessonId, value, onChange }: RelationsEditorProps) {
  const { t } = useTranslation();
  const lessons = useAll('lessons').filter((l) => l.id !== lessonId);
  const set = (i: number, patch: Partial<LessonRelation>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="relations">
      <legend>{t('lessons.relations')}</legend>
      {value.map((relation, i) => (
        <div className="inline-row" key={i}>
          <Choice<LessonRelationKind>
            label={t('lessons.relationKind')}
            value={relation.kind}
            options={KINDS.map((kind) => ({ value: kind, label: t(`lessons.kinds.${kind}`) }))}
            onChange={(kind) => kind && set(i, { kind })}
          />
          <Choice
            className="grow"
            label={t('lessons.relatedLesson')}
            value={relation.lessonId}
            options={lessons.map((l) => ({ value: l.id, label: l.title }))}
            onChange={(lessonId) => lessonId && set(i, { lessonId })}
          />
          <button type="button" className="quiet" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={lessons.length === 0}
        onClick={() => {
          const first = lessons[0];
          if (first) onChange([...value, { lessonId: first.id, kind: 'related' }]);
        }}
      >
        {t('lessons.addRelation')}
      </button>
    </fieldset>
  );
}
