import { type ReactNode, useState } from 'react';
import type { EntityArea } from '../../shared/api/channel-names';
import type { Input } from '../../shared/api/contract';
import { type ListItem, useInfiniteList } from '../api/queries';
import { type Section, useNavigation } from '../app/navigation';
import { ListSort, type SortChoice } from './ListSort';
import { MasterDetail } from './MasterDetail';

type ListChannel = `${EntityArea}.list`;
type Row<C extends ListChannel> = ListItem<C> & { id: string };

interface EntitySectionProps<C extends ListChannel> {
  section: Section;
  channel: C;
  /** Sort and filters of the list; the text filter is added here. */
  filters: Omit<Input<C>, 'after' | 'limit' | 'query'>;
  title: string;
  newLabel: string;
  renderItem(item: ListItem<C>): ReactNode;
  /** The create form; `opened` selects what was just made. */
  renderNew(opened: (id: string) => void): ReactNode;
  renderDetail(id: string): ReactNode;
  /** Shown when nothing is selected. */
  idle?: ReactNode;
  actions?: ReactNode;
  scope?: { label: string; clear(): void } | undefined;
  /** The sort fields the user may choose among; the first choice is `filters.sort`. */
  sorts?: readonly string[];
}

/** One section of the app: a filtered, paged list of one kind of item and the item on the right. */
export function EntitySection<C extends ListChannel>(props: EntitySectionProps<C>) {
  const nav = useNavigation();
  const [filter, setFilter] = useState('');
  const initial = props.filters as { sort?: string; direction?: 'asc' | 'desc' };
  const [order, setOrder] = useState<SortChoice>({ sort: initial.sort ?? '', direction: initial.direction ?? 'asc' });
  const chosen = props.sorts ? { sort: order.sort, direction: order.direction } : {};
  const list = useInfiniteList(props.channel, { ...props.filters, ...chosen, query: filter || undefined } as Omit<Input<C>, 'after' | 'limit'>);
  const selected = nav.selected[props.section] ?? null;
  return (
    <MasterDetail
      title={props.title}
      newLabel={props.newLabel}
      actions={props.actions}
      scope={props.scope}
      sortControl={props.sorts ? <ListSort fields={props.sorts} value={order} onChange={setOrder} /> : undefined}
      items={list.items as Row<C>[]}
      total={list.total}
      error={list.error}
      filter={filter}
      onFilter={setFilter}
      selectedId={selected}
      onSelect={nav.select}
      onNearEnd={list.loadMore}
      renderItem={(item: Row<C>) => props.renderItem(item)}
      detail={selected === 'new' ? props.renderNew((id) => nav.select(id)) : selected ? props.renderDetail(selected) : (props.idle ?? null)}
    />
  );
}
