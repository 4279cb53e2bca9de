import { useTranslation } from 'react-i18next';
import type { LessonRelation, LessonRelationKind } from '../../shared/api/lessons';
import { useAll } from '../api/use-all';

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
          <label>
            <span className="visually-hidden">{t('lessons.relationKind')}</span>
            <select value={relation.kind} onChange={(e) => set(i, { kind: e.target.value as LessonRelationKind })}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`lessons.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            <span className="visually-hidden">{t('lessons.relatedLesson')}</span>
            <select value={relation.lessonId} onChange={(e) => set(i, { lessonId: e.target.value })}>
              {lessons.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
          </label>
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
