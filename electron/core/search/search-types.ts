import type { ItemKind } from '../../../shared/api/items';

/** What the index knows of an item: its text, and the facts that filters ask about. */
export interface SearchDoc {
  kind: ItemKind;
  id: string;
  title: string;
  body: string;
  date: string | null;
  tagIds: readonly string[];
  personIds: readonly string[];
  lessonIds: readonly string[];
}

export interface SearchQuery {
  text: string;
  kinds?: readonly ItemKind[] | undefined;
  tagIds?: readonly string[] | undefined;
  personId?: string | undefined;
  lessonId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  /** Results per kind. */
  limit?: number | undefined;
}

export interface SearchHit {
  kind: ItemKind;
  id: string;
  title: string;
  snippet: string;
  titleRanges: [number, number][];
  snippetRanges: [number, number][];
  date: string | null;
  score: number;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matches per kind before the per-kind limit. */
  counts: Partial<Record<ItemKind, number>>;
}
