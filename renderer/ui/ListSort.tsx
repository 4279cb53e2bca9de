import { useTranslation } from 'react-i18next';
import type { nl } from '../i18n/nl';

export interface SortChoice {
  sort: string;
  direction: 'asc' | 'desc';
}

/** A field a list can be sorted on; each has its wording under list.sorts. */
export type SortField = keyof typeof nl.list.sorts;

interface ListSortProps {
  /** The sort fields this list offers, in the order shown. */
  fields: readonly SortField[];
  value: SortChoice;
  onChange(value: SortChoice): void;
}

/** How a list is ordered: a field and a direction, read from the server page by page in that order. */
export function ListSort({ fields, value, onChange }: ListSortProps) {
  const { t } = useTranslation();
  return (
    <div className="list-sort inline-row">
      <label>
        <span>{t('list.sortBy')}</span>{' '}
        <select value={value.sort} onChange={(e) => onChange({ ...value, sort: e.target.value })}>
          {fields.map((field) => (
            <option key={field} value={field}>
              {t(`list.sorts.${field}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="quiet"
        title={t(value.direction === 'asc' ? 'list.ascendingToggle' : 'list.descendingToggle')}
        onClick={() => onChange({ ...value, direction: value.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <span aria-hidden="true">{value.direction === 'asc' ? '↑' : '↓'}</span> {t(value.direction === 'asc' ? 'list.ascending' : 'list.descending')}
      </button>
    </div>
  );
}
