import { useTranslation } from 'react-i18next';
import { useChannelMutation } from '../api/queries';
import { EntityPicker } from './EntityPicker';
import { useEntityLabels } from './entity-labels';

interface TagPickerProps {
  value: string[];
  onChange(value: string[]): void;
}

/**
 * An item's labels: the chosen ones listed (unticking one takes it off), another added by typing
 * among every label of the library, or made there when it does not exist yet. The same picker wherever an item is edited.
 */
export function TagPicker({ value, onChange }: TagPickerProps) {
  const { t } = useTranslation();
  const names = useEntityLabels('tags', value, { withTrashed: true });
  const create = useChannelMutation('tags.create');
  // A label not there yet is made from the picker ("Nieuw label “…”"), under Overig until it is given a facet.
  const makeTag = { label: (name: string) => t('tags.newTag', { name }), make: async (name: string) => (await create.mutateAsync({ name: name.trim() })).id };
  return (
    <fieldset className="tag-picker">
      <legend>{t('tags.title')}</legend>
      {value.length > 0 && (
        <div className="tag-choices" role="group" aria-label={t('tags.chosen')}>
          {value.map((id) => (
            <label key={id} className="checkbox tag-choice">
              <input type="checkbox" checked onChange={() => onChange(value.filter((other) => other !== id))} />
              {names.get(id) ?? '…'}
            </label>
          ))}
        </div>
      )}
      <EntityPicker
        area="tags"
        label={t('tags.add')}
        adds
        value={null}
        exclude={value}
        placeholder={t('tags.addPlaceholder')}
        onChange={(id) => id && onChange([...value, id])}
        create={makeTag}
      />
    </fieldset>
  );
}
