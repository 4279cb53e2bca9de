import { type ReactNode, useState } from 'react';
import type { EntityArea } from '../../shared/api/channel-names';
import type { Input } from '../../shared/api/contract';
import { type ListItem, useInfiniteList } from '../api/queries';
import { type Section, useNavigation } from '../app/navigation';
import { ListSort, type SortChoice, type SortField } from './ListSort';
import { MasterDetail } from './MasterDetail';
import { BulkPanel } from './BulkPanel';
import type { BULK_KINDS } from '../../shared/api/bulk';
import { useTranslation } from 'react-i18next';

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
  sorts?: readonly SortField[];
  /** The list's rows can be chosen many at a time for one action (BulkPanel). */
  bulk?: (typeof BULK_KINDS)[number];
}

/** One section of the app: a filtered, paged list of one kind of item and the item on the right. */
export function EntitySection<C extends ListChannel>(props: EntitySectionProps<C>) {
  const nav = useNavigation();
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const initial = props.filters as { sort?: string; direction?: 'asc' | 'desc' };
  const [order, setOrder] = useState<SortChoice>({ sort: initial.sort ?? '', direction: initial.direction ?? 'asc' });
  const ordered = props.sorts ? { sort: order.sort, direction: order.direction } : {};
  const list = useInfiniteList(props.channel, { ...props.filters, ...ordered, query: filter || undefined } as Omit<Input<C>, 'after' | 'limit'>);
  const selected = nav.selected[props.section] ?? null;
  // Rows chosen for one action; null when the list is not in "choose many" mode.
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const toggle = (id: string) =>
    setChosen((now) => {
      const next = new Set(now);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const bulk = props.bulk;
  const chooseButton = bulk ? (
    <button type="button" aria-pressed={chosen !== null} onClick={() => setChosen(chosen ? null : new Set())}>
      {t('bulk.choose')}
    </button>
  ) : null;
  return (
    <MasterDetail
      title={props.title}
      newLabel={props.newLabel}
      actions={
        <>
          {chooseButton}
          {props.actions}
        </>
      }
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
      multi={chosen ? { chosen, toggle } : undefined}
      detail={
        bulk && chosen ? (
          <BulkPanel
            kind={bulk}
            chosen={[...chosen]}
            loaded={list.items.length}
            chooseAll={() => setChosen(new Set((list.items as Row<C>[]).map((item) => item.id)))}
            clear={() => setChosen(new Set())}
            close={() => setChosen(null)}
          />
        ) : selected === 'new' ? props.renderNew((id) => nav.select(id)) : selected ? props.renderDetail(selected) : (props.idle ?? null)}
    />
  );
}
