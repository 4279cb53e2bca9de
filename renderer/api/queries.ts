import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName, EntityArea } from '../../shared/api/channel-names';
import type { Input, Output } from '../../shared/api/contract';
import { useApi } from './ApiProvider';

type AreaOf<C extends string> = C extends `${infer A}.${string}` ? A : never;

/** Query keys start with the area, so a "library changed" event can refresh exactly that area. */
export function useChannelQuery<C extends ChannelName>(channel: C, input: Input<C>, options: { enabled?: boolean; refetchInterval?: number } = {}) {
  const api = useApi();
  const area = channel.split('.')[0] as AreaOf<C>;
  return useQuery({
    queryKey: [area, channel, input],
    queryFn: () => api.call(channel, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
  });
}

export function useChannelMutation<C extends ChannelName>(channel: C, alsoRefresh: readonly (EntityArea | 'trash' | 'library' | 'linking')[] = []) {
  const api = useApi();
  const queryClient = useQueryClient();
  const area = channel.split('.')[0] as string;
  return useMutation<Output<C>, Error, Input<C>>({
    mutationFn: (input) => api.call(channel, input),
    // Lists and items are fetched again in the background: the caller hears of its save as soon
    // as the server answered (a form marks itself saved before the fresh data re-renders the
    // page, so a click on that page never meets a form that still counts as unsaved).
    onSuccess: () => {
      for (const key of [area, 'trash', 'library', ...alsoRefresh]) void queryClient.invalidateQueries({ queryKey: [key] });
    },
  });
}

type ListChannel = `${EntityArea}.list`;
const PAGE_SIZE = 200;

/**
 * A list read page by page as the user scrolls. Each page says where the next one starts
 * (keyset paging, so the last page of 100,000 rows comes as fast as the first); the total is
 * counted once, with the first page.
 */
export function useInfiniteList<C extends ListChannel>(channel: C, filters: Omit<Input<C>, 'after' | 'limit'>) {
  const api = useApi();
  const area = channel.split('.')[0] as EntityArea;
  const query = useInfiniteQuery({
    queryKey: [area, channel, 'infinite', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => api.call(channel, { ...filters, limit: PAGE_SIZE, ...(pageParam === null ? {} : { after: pageParam }) } as Input<C>),
    getNextPageParam: (last) => (last as { next: string | null }).next,
    placeholderData: keepPreviousData,
  });
  const pages = (query.data?.pages ?? []) as { items: ListItem<C>[]; total: number | null }[];
  return {
    items: pages.flatMap((page) => page.items),
    total: pages[0]?.total ?? 0,
    isLoading: query.isLoading,
    error: query.error,
    loadMore: () => {
      // cancelRefetch: false — a second call while a page is on its way waits for it instead of asking again.
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage({ cancelRefetch: false });
    },
  };
}

export type ListItem<C extends ListChannel> = Output<C> extends { items: (infer T)[] } ? T : never;
