import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useUnsavedChanges } from '../ui/unsaved-changes';

export const SECTIONS = ['search', 'sources', 'quotes', 'lessons', 'recurring', 'discover', 'related', 'people', 'tags', 'collections', 'exchange', 'team', 'trash', 'backups'] as const;
export type Section = (typeof SECTIONS)[number];

/** What a new quote starts with when made from a selection in the source reader. */
export interface QuoteDraft {
  sourceId: string;
  start: number;
  end: number;
}

/** A filtered view of quotes, opened from the co-occurrence map. */
export interface QuoteFilter {
  lessonId?: string;
  tagId?: string;
  label: string;
}

interface NavigationState {
  section: Section;
  quoteFilter: QuoteFilter | null;
  /** Per section: the open item, 'new' for the create form, or null. */
  selected: Partial<Record<Section, string | 'new' | null>>;
}

interface Navigation extends NavigationState {
  go(section: Section, selected?: string | 'new' | null): void;
  select(selected: string | 'new' | null): void;
  showQuotes(filter: QuoteFilter | null): void;
}

const NavigationContext = createContext<Navigation | null>(null);

/**
 * Every page and item has an address in the URL fragment: `#/quotes/<id>`, `#/lessons/new`,
 * `#/search`. The fragment works the same over app:// and in browser mode, and never reaches a
 * server. Back and Forward, a reload and a copied link in the app open the same place.
 */
export function routeOf(section: Section, selected: string | null | undefined): string {
  return selected ? `#/${section}/${encodeURIComponent(selected)}` : `#/${section}`;
}

export function parseRoute(hash: string): { section: Section; selected: string | null } | null {
  const match = /^#\/([a-z]+)(?:\/([^/&?]+))?/.exec(hash);
  const section = match?.[1] as Section | undefined;
  if (!section || !(SECTIONS as readonly string[]).includes(section)) return null;
  let selected: string | null;
  try {
    selected = match?.[2] ? decodeURIComponent(match[2]) : null;
  } catch {
    // A malformed address (a stray %): the section opens without an item, as for no item at all.
    selected = null;
  }
  return { section, selected };
}

function initialState(): NavigationState {
  const route = typeof location === 'undefined' ? null : parseRoute(location.hash);
  return route
    ? { section: route.section, selected: { [route.section]: route.selected }, quoteFilter: null }
    : { section: 'sources', selected: {}, quoteFilter: null };
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<NavigationState>(initialState);
  const { confirmLeave } = useUnsavedChanges();
  const latest = useRef(state);
  latest.current = state;
  /** Whether the page may change to this place: it may when it stays, or nothing unsaved is lost. */
  const mayGo = useCallback(
    (section: Section, selected: string | 'new' | null | undefined) => {
      const now = latest.current;
      const staying = section === now.section && (selected === undefined || selected === (now.selected[section] ?? null));
      return staying || confirmLeave();
    },
    [confirmLeave],
  );
  // The address follows the state. After Back or Forward the address is already the state's
  // own, so nothing is pushed again.
  const current = state.selected[state.section];
  useEffect(() => {
    const route = routeOf(state.section, current);
    if (location.hash === route) return;
    // The first address replaces the empty one; every later move is a step Back can undo.
    if (location.hash === '' || location.hash === '#') history.replaceState(null, '', route);
    else history.pushState(null, '', route);
  }, [state.section, current]);
  useEffect(() => {
    const onPop = () => {
      const route = parseRoute(location.hash);
      if (!route) return;
      if (!mayGo(route.section, route.selected)) {
        // Back was pressed on unsaved changes and the user stays: the address returns too.
        const now = latest.current;
        history.pushState(null, '', routeOf(now.section, now.selected[now.section]));
        return;
      }
      setState((s) => ({ ...s, section: route.section, selected: { ...s.selected, [route.section]: route.selected } }));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [mayGo]);
  const go = useCallback((section: Section, selected?: string | 'new' | null) => {
    if (!mayGo(section, selected)) return;
    setState((s) => ({
      ...s,
      section,
      selected: selected === undefined ? s.selected : { ...s.selected, [section]: selected },
    }));
  }, [mayGo]);
  const select = useCallback((selected: string | 'new' | null) => {
    if (!mayGo(latest.current.section, selected)) return;
    setState((s) => ({ ...s, selected: { ...s.selected, [s.section]: selected } }));
  }, [mayGo]);
  const showQuotes = useCallback((quoteFilter: QuoteFilter | null) => {
    if (!mayGo('quotes', null)) return;
    setState((s) => ({ ...s, section: 'quotes', quoteFilter, selected: { ...s.selected, quotes: null } }));
  }, [mayGo]);
  const value = useMemo(() => ({ ...state, go, select, showQuotes }), [state, go, select, showQuotes]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
