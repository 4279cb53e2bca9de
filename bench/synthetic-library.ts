import type { SearchDoc } from '../electron/core/search/search-index';
import { dutchLike } from '../electron/core/test-support/dutch-like';
import { LESSON_TITLES } from '../electron/core/test-support/generate-library';
import { pick } from '../electron/core/test-support/random';

export { LESSON_TITLES };

export interface SyntheticLibrary {
  docs: SearchDoc[];
  quotes: { id: string; text: string; date: string; personId: string; lessonIds: string[] }[];
  lessons: { id: string; title: string; aliases: string[] }[];
}

/**
 * A library of `quoteCount` quotes of ~25 words (~220 characters), spread over 1998–2025,
 * with people, sources, lessons and labels in realistic proportions.
 */
export function syntheticLibrary(quoteCount: number, seed = 42): SyntheticLibrary {
  const text = dutchLike(seed, Math.round(quoteCount / 2));
  const { random } = text;
  const people = Array.from({ length: Math.max(20, Math.round(quoteCount / 50)) }, (_, i) => `person-${i}`);
  const lessons = LESSON_TITLES.map((title, i) => ({ id: `lesson-${i}`, title, aliases: [text.sentence(4).replace('.', '')] }));
  const tags = Array.from({ length: 60 }, (_, i) => `tag-${i}`);
  const docs: SearchDoc[] = [];
  const quotes: SyntheticLibrary['quotes'] = [];
  for (let i = 0; i < quoteCount; i++) {
    const year = 1998 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const date = random() < 0.4 ? `${year}` : `${year}-${String(month).padStart(2, '0')}`;
    const body = text.sentence(18 + Math.floor(random() * 16));
    const personId = pick(random, people);
    const lessonIds = random() < 0.3 ? [pick(random, lessons).id] : [];
    const quote = { id: `quote-${i}`, text: body, date, personId, lessonIds };
    quotes.push(quote);
    docs.push({ kind: 'quote', id: quote.id, title: '', body, date, tagIds: [pick(random, tags)], personIds: [personId], lessonIds });
  }
  for (const lesson of lessons) {
    docs.push({ kind: 'lesson', id: lesson.id, title: lesson.title, body: lesson.aliases.join('\n'), date: null, tagIds: [], personIds: [], lessonIds: [lesson.id] });
  }
  people.forEach((id, i) => docs.push({ kind: 'person', id, title: `Persoon ${i} ${text.sentence(1).replace('.', '')}`, body: text.sentence(8), date: null, tagIds: [], personIds: [id], lessonIds: [] }));
  for (let i = 0; i < Math.round(quoteCount / 40); i++) {
    docs.push({ kind: 'source', id: `source-${i}`, title: text.sentence(5).replace('.', ''), body: text.sentence(300), date: `${1998 + Math.floor(random() * 28)}`, tagIds: [], personIds: [], lessonIds: [] });
  }
  return { docs, quotes, lessons };
}
