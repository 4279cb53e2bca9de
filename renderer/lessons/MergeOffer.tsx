import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../shared/api/lessons';
import { useApi } from '../api/ApiProvider';
import { useEntityLabels } from '../ui/entity-labels';
import { errorMessage } from '../ui/form-errors';
import { useToasts } from '../ui/Toasts';

/**
 * For every "zelfde als" relation: offer to merge. This lesson keeps all evidence, aliases and
 * relations; the other goes to the trash. Asks once more before doing it.
 */
export function MergeOffer({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const sameIds = lesson.relations.filter((r) => r.kind === 'same_as').map((r) => r.lessonId);
  const titles = useEntityLabels('lessons', sameIds);
  const [confirming, setConfirming] = useState<string | null>(null);
  // A lesson in the trash is not offered: useEntityLabels leaves it out.
  const same = sameIds.flatMap((id) => {
    const title = titles.get(id);
    return title === undefined ? [] : [{ id, title }];
  });
  if (same.length === 0) return null;
  const merge = async (otherId: string, title: string) => {
    try {
      const merged = await api.call('lessons.merge', { keepId: lesson.id, mergeId: otherId });
      await queryClient.invalidateQueries();
      toasts.show(t('lessons.merged', { title, into: lesson.title }), {
        label: t('common.undo'),
        run: () => void api.call('library.undo', { undoId: merged.undoId }).then(() => queryClient.invalidateQueries()),
      });
    } catch (error) {
      toasts.show(errorMessage(error) ?? '');
    }
    setConfirming(null);
  };
  return (
    <div className="merge-offer" role="group" aria-label={t('lessons.mergeTitle')}>
      {same.map((other) =>
        confirming === other.id ? (
          <p key={other.id} className="notice warning">
            {t('lessons.mergeConfirm', { title: other.title, into: lesson.title })}{' '}
            <button type="button" className="primary" onClick={() => void merge(other.id, other.title)}>
              {t('lessons.mergeYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </p>
        ) : (
          <button key={other.id} type="button" onClick={() => setConfirming(other.id)}>
            {t('lessons.mergeWith', { title: other.title })}
          </button>
        ),
      )}
    </div>
  );
}
