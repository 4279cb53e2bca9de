import { useTranslation } from 'react-i18next';
import { FACETS } from '../../shared/api/tags';
import { useAll } from '../api/use-all';

interface TagPickerProps {
  value: string[];
  onChange(value: string[]): void;
}

/** An item's labels, grouped by facet; the same picker wherever an item is edited. */
export function TagPicker({ value, onChange }: TagPickerProps) {
  const { t } = useTranslation();
  const tags = useAll('tags');
  if (tags.length === 0) return null;
  return (
    <fieldset className="tag-picker">
      <legend>{t('tags.title')}</legend>
      {FACETS.map((facet) => {
        const ofFacet = tags.filter((tag) => tag.facet === facet);
        if (ofFacet.length === 0) return null;
        return (
          <div key={facet} className="tag-facet" role="group" aria-label={t(`tags.facets.${facet}`)}>
            <span className="muted">{t(`tags.facets.${facet}`)}:</span>
            {ofFacet.map((tag) => (
              <label key={tag.id} className="checkbox tag-choice">
                <input
                  type="checkbox"
                  checked={value.includes(tag.id)}
                  onChange={(e) => onChange(e.target.checked ? [...value, tag.id] : value.filter((id) => id !== tag.id))}
                />
                {tag.name}
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
