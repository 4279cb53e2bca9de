import type { ItemChange } from '../changes/change-feed';
import type { Db } from '../db/connection';
import { allSearchDocs, searchDocOf } from './documents';
import { type SearchQuery, type SearchResults, SearchIndex } from './search-index';

/**
 * The library's search: the index is built from SQLite once (at start, or at the first search),
 * then kept current item by item from the change feed.
 */
export class SearchService {
  private index: SearchIndex | null = null;

  constructor(private readonly db: Db) {}

  get built(): boolean {
    return this.index !== null;
  }

  build(): SearchIndex {
    const index = new SearchIndex();
    for (const doc of allSearchDocs(this.db)) index.upsert(doc);
    this.index = index;
    return index;
  }

  /** Applies changed items; before the first build there is nothing to keep current. */
  apply(changes: readonly ItemChange[]): void {
    const index = this.index;
    if (!index) return;
    for (const { kind, id } of changes) {
      const doc = searchDocOf(this.db, kind, id);
      if (doc) index.upsert(doc);
      else index.remove(kind, id);
    }
  }

  /** After another process changed the library we cannot know which items; read them again. */
  invalidate(): void {
    this.index = null;
  }

  search(query: SearchQuery): SearchResults {
    return (this.index ?? this.build()).search(query);
  }
}
