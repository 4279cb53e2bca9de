import type { EntityArea } from '../../shared/api/channel-names';
import { type ListItem, useChannelQuery } from './queries';

/** Up to 500 items of an area, for pickers; typeahead pickers over search replace this for larger lists. */
export function useAll<A extends EntityArea>(area: A): ListItem<`${A}.list`>[] {
  const query = useChannelQuery(`${area}.list`, { limit: 500 } as never);
  return ((query.data as { items?: unknown[] } | undefined)?.items ?? []) as ListItem<`${A}.list`>[];
}
