import { useQueries } from '@tanstack/react-query';
import { useApi } from '../api/ApiProvider';

/** The kinds of item a picker chooses from, and the words that name one. */
export type Named = { id: string; name?: string; title?: string; deletedAt?: string | null };
export const LABELS = {
  people: (item: Named) => item.name ?? '',
  sources: (item: Named) => item.title ?? '',
  lessons: (item: Named) => item.title ?? '',
  tags: (item: Named) => item.name ?? '',
  collections: (item: Named) => item.title ?? '',
} as const;
export type PickerArea = keyof typeof LABELS;

/** The sort that puts a list in the order its names are read in. */
export const NAME_SORT: Record<PickerArea, string> = { people: 'name', sources: 'title', lessons: 'title', tags: 'name', collections: 'title' };

/**
 * The names of a few chosen items (a quote's lessons, an item's labels), each read on its own:
 * a picker no longer holds the whole list, so the names of what is chosen are asked for by id.
 * Items still loading are missing from the map; so are items in the trash, unless asked for.
 */
export function useEntityLabels(area: PickerArea, ids: readonly string[], { withTrashed = false } = {}): Map<string, string> {
  const api = useApi();
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: [area, `${area}.get`, { id }],
      queryFn: () => api.call(`${area}.get`, { id }),
    })),
  });
  const labels = new Map<string, string>();
  results.forEach((result, i) => {
    const id = ids[i];
    const item = result.data as Named | undefined;
    if (id !== undefined && item && (withTrashed || !item.deletedAt)) labels.set(id, LABELS[area](item));
  });
  return labels;
}
