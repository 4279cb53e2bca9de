import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../shared/api/items';
import type { SearchHit } from '../../shared/api/search';
import { HighlightedText } from '../ui/HighlightedText';
import { KIND_ORDER } from './open-hit';

interface SearchResultsProps {
  hits: readonly SearchHit[];
  counts: Partial<Record<ItemKind, number>>;
  activeIndex: number;
  onOpen(hit: SearchHit): void;
  idPrefix: string;
}

/** Results grouped by kind, matched words marked; the flat order is what the arrow keys follow. */
export function orderedHits(hits: readonly SearchHit[]): SearchHit[] {
  return KIND_ORDER.flatMap((kind) => hits.filter((h) => h.kind === kind));
}

export function SearchResults({ hits, counts, activeIndex, onOpen, idPrefix }: SearchResultsProps) {
  const { t } = useTranslation();
  const ordered = orderedHits(hits);
  let index = -1;
  return (
    <div className="search-results" role="region" aria-label={t('search.results')}>
      {KIND_ORDER.map((kind) => {
        const group = ordered.filter((h) => h.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={t(`search.kinds.${kind}`)}>
            <h3 className="result-group">
              {t(`search.kinds.${kind}`)} <span className="muted">({counts[kind] ?? group.length})</span>
            </h3>
            <ul role="listbox" aria-label={t(`search.kinds.${kind}`)}>
              {group.map((hit) => {
                index++;
                const active = index === activeIndex;
                return (
                  <li
                    key={`${hit.kind}:${hit.id}`}
                    id={`${idPrefix}-${index}`}
                    role="option"
                    aria-selected={active}
                    className={active ? 'result active' : 'result'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => onOpen(hit)}
                  >
                    {hit.title && (
                      <span className="result-title">
                        <HighlightedText text={hit.title} ranges={hit.titleRanges} />
                      </span>
                    )}
                    {hit.snippet && (
                      <span className="result-snippet">
                        <HighlightedText text={hit.snippet} ranges={hit.snippetRanges} />
                      </span>
                    )}
                    {hit.date && <span className="row-secondary">{hit.date}</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
