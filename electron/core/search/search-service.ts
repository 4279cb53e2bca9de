import type { ItemChange } from '../changes/change-feed';
import type { Db } from '../db/connection';
import { searchDocOf } from './documents';
import { type SearchQuery, type SearchResults, SearchIndex } from './search-index';

/**
 * The library's search. The index lives in the library file and is kept current item by item
 * from the change queue, inside the same transaction that empties the queue; opening a library
 * builds nothing.
 */
export class SearchService {
  private opened: SearchIndex | null = null;

  constructor(private readonly db: Db) {}

  /** Prepared on first use, so that opening a library with test migrations prepares nothing. */
  get index(): SearchIndex {
    this.opened ??= new SearchIndex(this.db, (kind, id) => searchDocOf(this.db, kind, id)?.body ?? null);
    return this.opened;
  }

  /** Applies changed items: their current document, or its removal when gone or in the trash. */
  apply(changes: readonly ItemChange[]): void {
    for (const { kind, id } of changes) {
      const doc = searchDocOf(this.db, kind, id);
      if (doc) this.index.upsert(doc);
      else this.index.remove(kind, id);
    }
  }

  search(query: SearchQuery): SearchResults {
    return this.index.search(query);
  }
}
