import type { ItemKind } from '../../../shared/api/items';
import type { EntityTable } from './rows';

/** Which table holds each kind of item, and what the UI calls it in messages. */
export const ITEM_TABLES: Record<ItemKind, { table: EntityTable; label: string; titleColumn: string }> = {
  person: { table: 'people', label: 'Profiel', titleColumn: 'name' },
  source: { table: 'sources', label: 'Bron', titleColumn: 'title' },
  quote: { table: 'quotes', label: 'Citaat', titleColumn: 'substr(text, 1, 120)' },
  lesson: { table: 'lessons', label: 'Les', titleColumn: 'title' },
  tag: { table: 'tags', label: 'Label', titleColumn: 'name' },
  note: { table: 'notes', label: 'Notitie', titleColumn: "coalesce(nullif(title, ''), substr(plain_text, 1, 120))" },
  collection: { table: 'collections', label: 'Collectie', titleColumn: 'title' },
};
