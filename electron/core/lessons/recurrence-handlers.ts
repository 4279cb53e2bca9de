import type { HandlerGroup } from '../handler-types';
import { lessonCooccurrence, lessonTimeline, recurringLessons } from './recurrence';

export const recurrenceHandlers: HandlerGroup<'lessons.timeline' | 'lessons.recurring' | 'lessons.cooccurrence'> = {
  'lessons.timeline': ({ db }, { id }) => lessonTimeline(db, id),
  'lessons.recurring': ({ db }, { limit }) => recurringLessons(db, limit),
  'lessons.cooccurrence': ({ db }, { facet, lessonId }) => lessonCooccurrence(db, facet, lessonId),
};
