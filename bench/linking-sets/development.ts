import { HELD_OUT } from '../../shared/example/wijkaanpak-heldout';
import { LINKING_FIXTURE } from '../../shared/example/wijkaanpak-lessons';
import type { LabelledSet } from '../linking-replay';

/**
 * The development split: the example library's twelve lessons, their linked quotes (said
 * first, 2000–2005), their statements (2010–2015) and the held-out statements (2020–2021).
 * The method was tuned on this split, so its figures say little about other text; the
 * headline is the frozen split (frozen-2026-11.ts).
 */
export const DEVELOPMENT_SET: LabelledSet = {
  name: 'development (example library + held out)',
  lessons: LINKING_FIXTURE.map((l) => ({ id: l.id, title: l.title, aliases: l.aliases, summary: l.summary })),
  items: [
    ...LINKING_FIXTURE.flatMap((l, i) => l.linked.map((text, j) => ({ text, date: `${2000 + j * 2}-0${1 + (i % 9)}`, lessonId: l.id }))),
    ...LINKING_FIXTURE.flatMap((l, i) => l.statements.map((text, j) => ({ text, date: `${2010 + j}-0${1 + (i % 9)}`, lessonId: l.id }))),
    ...Object.entries(HELD_OUT).flatMap(([lessonId, list], i) => list.map((text, j) => ({ text, date: `${2020 + j}-0${1 + (i % 9)}`, lessonId }))),
  ],
};

/** The same lessons as a researcher would start them: a title and one alias, no summary. */
export const DEVELOPMENT_SET_SPARSE: LabelledSet = {
  ...DEVELOPMENT_SET,
  name: 'development, lessons with title and one alias only',
  lessons: LINKING_FIXTURE.map((l) => ({ id: l.id, title: l.title, aliases: l.aliases.slice(0, 1) })),
};
