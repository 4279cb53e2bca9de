import type { ItemKind } from '../../shared/api/items';
import type { Section } from '../app/navigation';

/** Where each kind of result opens. Notes open with their item once the editor exists (issue 3). */
export const SECTION_OF: Partial<Record<ItemKind, Section>> = {
  person: 'people',
  source: 'sources',
  quote: 'quotes',
  lesson: 'lessons',
  tag: 'tags',
  collection: 'collections',
};

export const KIND_ORDER: ItemKind[] = ['lesson', 'quote', 'person', 'source', 'tag', 'note', 'collection'];
