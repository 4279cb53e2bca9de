import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../shared/api/lessons';
import { useNavigation } from '../app/navigation';
import { useEntityLabels } from '../ui/entity-labels';
import { MergeOffer } from './MergeOffer';
import { ReadingView, TagChips } from '../ui/ReadingView';

interface LessonDossierProps {
  lesson: Lesson;
  onEdit(): void;
  onDelete(): void;
}

/**
 * A lesson as it is read: its title and summary, the other ways it was said, its related words,
 * how it relates to other lessons (each a link), its labels; the evidence and the timeline follow
 * below. Editing is a mode (Bewerken, or `e`).
 */
export function LessonDossier({ lesson, onEdit, onDelete }: LessonDossierProps) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const related = useEntityLabels(
    'lessons',
    lesson.relations.map((r) => r.lessonId),
  );
  const titleId = `lesson-title-${lesson.id}`;
  return (
    <ReadingView titleId={titleId} title={lesson.title} deleted={Boolean(lesson.deletedAt)} onEdit={onEdit} onDelete={onDelete}>
      <p className="muted">{t('lessons.evidence', { count: lesson.evidenceCount })}</p>
      {lesson.deletedAt && <p className="notice">{t('common.deletedNotice')}</p>}
      {lesson.summary ? <p className="dossier-summary">{lesson.summary}</p> : <p className="muted">{t('lessons.noSummary')}</p>}
      {lesson.aliases.length > 0 && (
        <section aria-labelledby={`${titleId}-aliases`}>
          <h3 id={`${titleId}-aliases`}>{t('lessons.alsoSaid')}</h3>
          <ul className="dossier-list">
            {lesson.aliases.map((alias) => (
              <li key={alias} className="quote-text">
                “{alias}”
              </li>
            ))}
          </ul>
        </section>
      )}
      {lesson.relatedWords.length > 0 && (
        <section aria-labelledby={`${titleId}-words`}>
          <h3 id={`${titleId}-words`}>{t('lessons.fields.relatedWords')}</h3>
          <ul className="chips">
            {lesson.relatedWords.map((word) => (
              <li key={word} className="chip">
                {word}
              </li>
            ))}
          </ul>
        </section>
      )}
      {lesson.relations.length > 0 && (
        <section aria-labelledby={`${titleId}-relations`}>
          <h3 id={`${titleId}-relations`}>{t('lessons.relations')}</h3>
          <ul className="dossier-list">
            {lesson.relations.map((relation) => (
              <li key={relation.lessonId}>
                {t(`lessons.kinds.${relation.kind}`)}{' '}
                <button type="button" className="link" onClick={() => nav.select(relation.lessonId)}>
                  {related.get(relation.lessonId) ?? '…'}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!lesson.deletedAt && <MergeOffer lesson={lesson} />}
      <TagChips tagIds={lesson.tagIds} />
    </ReadingView>
  );
}
