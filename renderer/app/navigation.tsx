import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export const SECTIONS = ['search', 'sources', 'quotes', 'lessons', 'recurring', 'discover', 'people', 'tags', 'collections', 'trash', 'backups'] as const;
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
  quoteDraft: QuoteDraft | null;
}

interface Navigation extends NavigationState {
  go(section: Section, selected?: string | 'new' | null): void;
  select(selected: string | 'new' | null): void;
  startQuote(draft: QuoteDraft): void;
  showQuotes(filter: QuoteFilter | null): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<NavigationState>({ section: 'sources', selected: {}, quoteDraft: null, quoteFilter: null });
  const go = useCallback((section: Section, selected?: string | 'new' | null) => {
    setState((s) => ({
      ...s,
      section,
      selected: selected === undefined ? s.selected : { ...s.selected, [section]: selected },
      quoteDraft: section === 'quotes' ? s.quoteDraft : null,
    }));
  }, []);
  const select = useCallback((selected: string | 'new' | null) => {
    setState((s) => ({ ...s, selected: { ...s.selected, [s.section]: selected }, quoteDraft: selected === 'new' ? s.quoteDraft : null }));
  }, []);
  const startQuote = useCallback((draft: QuoteDraft) => {
    setState((s) => ({ ...s, section: 'quotes', selected: { ...s.selected, quotes: 'new' }, quoteDraft: draft }));
  }, []);
  const showQuotes = useCallback((quoteFilter: QuoteFilter | null) => {
    setState((s) => ({ ...s, section: 'quotes', quoteFilter, selected: { ...s.selected, quotes: null } }));
  }, []);
  const value = useMemo(() => ({ ...state, go, select, startQuote, showQuotes }), [state, go, select, startQuote, showQuotes]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
