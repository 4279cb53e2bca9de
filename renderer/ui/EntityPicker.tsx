import { useEffect, useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';

/** The kinds of item a picker chooses from, and what it shows of each. */
type Named = { id: string; name?: string; title?: string };
const LABELS = {
  people: (item: Named) => item.name ?? '',
  sources: (item: Named) => item.title ?? '',
  lessons: (item: Named) => item.title ?? '',
} as const;
type PickerArea = keyof typeof LABELS;

interface EntityPickerProps {
  area: PickerArea;
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  /** Shown when nothing is chosen ("Onbekend", "Geen"). */
  placeholder?: string;
  error?: string | undefined;
  help?: string | undefined;
}

const SUGGESTIONS = 30;

/**
 * A typeahead over the whole library (every profile or source, not the first few hundred):
 * each keystroke asks the list channel for matching names, with the same normalisation as
 * search ("ozturk" finds "Öztürk"). An accessible combobox from React Aria.
 */
export function EntityPicker({ area, label, value, onChange, placeholder, error, help }: EntityPickerProps) {
  const { t } = useTranslation();
  const selected = useChannelQuery(`${area}.get`, { id: value ?? '' }, { enabled: Boolean(value) }).data as Named | undefined;
  const selectedLabel = selected && value ? LABELS[area](selected) : '';
  const [inputValue, setInputValue] = useState(selectedLabel);
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    if (!typing) setInputValue(selectedLabel);
  }, [selectedLabel, typing]);
  const query = typing ? inputValue.trim() : '';
  const sort = area === 'people' ? 'name' : 'title';
  const found = useChannelQuery(`${area}.list`, { limit: SUGGESTIONS, sort, ...(query ? { query } : {}) } as never).data as { items: Named[] } | undefined;
  const items = (found?.items ?? []).map((item) => ({ id: item.id, label: LABELS[area](item) }));
  if (selected && value && !items.some((i) => i.id === value)) items.unshift({ id: value, label: selectedLabel });

  return (
    <ComboBox
      className="field entity-picker"
      items={items}
      inputValue={inputValue}
      selectedKey={value}
      menuTrigger="focus"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      onInputChange={(text) => {
        // React Aria also calls this itself, with '' while the chosen item's name is still
        // loading: only emptying a field that showed something clears the choice.
        if (text === inputValue) return;
        setTyping(true);
        setInputValue(text);
        if (text === '' && inputValue !== '') onChange(null);
      }}
      onSelectionChange={(key) => {
        setTyping(false);
        const id = key === null ? null : String(key);
        onChange(id);
        setInputValue(items.find((i) => i.id === id)?.label ?? '');
      }}
    >
      <Label>{label}</Label>
      <div className="combobox-control">
        <Input placeholder={placeholder} />
        <Button aria-label={t('common.showOptions')}>▾</Button>
      </div>
      {help && <Text slot="description">{help}</Text>}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="combobox-popover">
        <ListBox className="combobox-list" renderEmptyState={() => <p className="muted">{t('common.noMatches')}</p>}>
          {(item: { id: string; label: string }) => (
            <ListBoxItem id={item.id} textValue={item.label} className="combobox-option">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
