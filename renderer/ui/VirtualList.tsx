import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';

interface VirtualListProps<T extends { id: string }> {
  label: string;
  items: readonly T[];
  selectedId: string | null;
  onSelect(id: string): void;
  renderItem(item: T): ReactNode;
  /** Called when the last rows come into view, to load the next page. */
  onNearEnd?: () => void;
  estimateSize?: number;
  /**
   * Choosing many (a multi-select listbox): click or Space ticks a row instead of opening it,
   * the arrows move between rows.
   */
  multi?: { chosen: ReadonlySet<string>; toggle(id: string): void } | undefined;
}

/**
 * Where each list was scrolled to, by its label, for as long as the window lives: going to
 * another page and back finds the list where it was left (its pages are still in the query
 * cache, so the rows are there at once).
 */
const scrollOffsets = new Map<string, number>();

/**
 * A list that renders only what is visible, so 100,000 quotes scroll as smoothly as ten.
 * A listbox for assistive technology: arrow keys move, Enter or click opens.
 */
export function VirtualList<T extends { id: string }>({ label, items, selectedId, onSelect, renderItem, onNearEnd, estimateSize = 56, multi }: VirtualListProps<T>) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimateSize,
    overscan: 8,
    initialOffset: () => scrollOffsets.get(label) ?? 0,
    onChange: (instance) => {
      if (instance.scrollOffset !== null) scrollOffsets.set(label, instance.scrollOffset);
    },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const last = virtualItems[virtualItems.length - 1];

  useEffect(() => {
    if (last && last.index >= items.length - 5) onNearEnd?.();
  }, [last, items.length, onNearEnd]);

  const selectedIndex = items.findIndex((item) => item.id === selectedId);
  // While choosing many, the row the arrows are on (the open item stays as it is).
  const [focusIndex, setFocusIndex] = useState(0);
  const activeIndex = multi ? Math.min(focusIndex, items.length - 1) : selectedIndex;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (items.length === 0) return;
    if (multi) {
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        const item = items[activeIndex];
        if (item) multi.toggle(item.id);
      } else if (event.key === 'Home' || event.key === 'End' || step !== 0) {
        event.preventDefault();
        const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, activeIndex + step));
        setFocusIndex(next);
        virtualizer.scrollToIndex(next);
      }
      return;
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Home' || event.key === 'End' || step !== 0) {
      event.preventDefault();
      const next =
        event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, (selectedIndex === -1 ? -step : selectedIndex) + step));
      const item = items[next];
      if (item) {
        onSelect(item.id);
        virtualizer.scrollToIndex(next);
      }
    }
  };

  return (
    <div
      ref={parentRef}
      className="virtual-list"
      role="listbox"
      aria-label={label}
      aria-multiselectable={multi ? true : undefined}
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 ? `option-${items[activeIndex]?.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              key={item.id}
              id={`option-${item.id}`}
              role="option"
              aria-selected={multi ? multi.chosen.has(item.id) : item.id === selectedId}
              className={[
                'row',
                multi ? 'choosable' : '',
                (multi ? multi.chosen.has(item.id) : item.id === selectedId) ? 'selected' : '',
                multi && row.index === activeIndex ? 'active' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
              onClick={() => {
                if (!multi) return onSelect(item.id);
                setFocusIndex(row.index);
                multi.toggle(item.id);
              }}
            >
              {renderItem(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
