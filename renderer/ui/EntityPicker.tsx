import { useEffect, useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { LABELS, NAME_SORT, type Named, type PickerArea } from './entity-labels';
import { errorMessage } from './form-errors';


interface EntityPickerProps {
  area: PickerArea;
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  /** Shown when nothing is chosen ("Onbekend", "Geen"). */
  placeholder?: string;
  error?: string | undefined;
  help?: string | undefined;
  /** Items not offered (the lesson itself, what is chosen already). */
  exclude?: readonly string[];
  /** An "add" picker: `value` stays null, each choice goes to `onChange` and the field empties. */
  adds?: boolean;
  /**
   * Makes a new item from what was typed (a profile from a name), offered as the last
   * suggestion ("Nieuw profiel “…”") when nothing has exactly that name; resolves to its id.
   */
  create?: { label(typed: string): string; make(typed: string): Promise<string> };
}

const CREATE = '__create__';

const SUGGESTIONS = 30;

/**
 * A typeahead over the whole library (every profile, source, lesson, label or collection, not
 * the first few hundred):
 * each keystroke asks the list channel for matching names, with the same normalisation as
 * search ("ozturk" finds "Öztürk"). An accessible combobox from React Aria.
 *
 * With `adds`, it is an "add" picker: each choice goes to `onChange` (which adds it somewhere
 * else) and the field empties again.
 */
export function EntityPicker({ area, label, value, onChange, placeholder, error, help, exclude = [], adds = false, create }: EntityPickerProps) {
  const { t } = useTranslation();
  const selected = useChannelQuery(`${area}.get`, { id: value ?? '' }, { enabled: Boolean(value) }).data as Named | undefined;
  // null while the chosen item is still loading (the query keeps the previous item's data meanwhile).
  const selectedLabel = !value ? '' : selected?.id === value ? LABELS[area](selected) : null;
  const [inputValue, setInputValue] = useState(selectedLabel ?? '');
  const [typing, setTyping] = useState(false);
  // An "add" picker rests after a choice: with nothing to show, React Aria does not reopen the
  // list when the field empties; typing or the ▾ button wakes it.
  const [resting, setResting] = useState(false);
  useEffect(() => {
    // Emptying the field while the name loads would make React Aria reopen the list (the field
    // changed while focused): the field keeps what it shows until the name is known.
    if (!typing && selectedLabel !== null) setInputValue(selectedLabel);
  }, [selectedLabel, typing]);
  const query = typing ? inputValue.trim() : '';
  const found = useChannelQuery(`${area}.list`, { limit: SUGGESTIONS, sort: NAME_SORT[area], ...(query ? { query } : {}) } as never).data as
    | { items: Named[] }
    | undefined;
  const items = (found?.items ?? []).filter((item) => !exclude.includes(item.id)).map((item) => ({ id: item.id, label: LABELS[area](item) }));
  if (value && selectedLabel !== null && !items.some((i) => i.id === value)) items.unshift({ id: value, label: selectedLabel });
  const typed = typing ? inputValue.trim() : '';
  if (create && typed && !items.some((i) => i.label.toLocaleLowerCase() === typed.toLocaleLowerCase())) items.push({ id: CREATE, label: create.label(typed) });
  const [creating, setCreating] = useState<unknown>(null);

  return (
    <ComboBox
      className="field entity-picker"
      items={resting ? [] : items}
      inputValue={inputValue}
      selectedKey={adds ? null : value}
      // An "add" picker opens as the user types: after a choice it empties again, and a list
      // that reopened by itself would cover what was just added.
      menuTrigger={adds ? 'input' : 'focus'}
      allowsEmptyCollection={!resting}
      onOpenChange={(isOpen) => isOpen && setResting(false)}
      isInvalid={Boolean(error) || creating !== null}
      onInputChange={(text) => {
        // React Aria also calls this itself, with '' while the chosen item's name is still
        // loading: only emptying a field that showed something clears the choice.
        if (text === inputValue) return;
        setTyping(true);
        setInputValue(text);
        if (text !== '') setResting(false);
        if (text === '' && inputValue !== '' && !adds) onChange(null);
      }}
      onSelectionChange={(key) => {
        setTyping(false);
        const id = key === null ? null : String(key);
        if (id === CREATE && create) {
          setCreating(null);
          setInputValue(typed);
          create.make(typed).then((made) => {
            onChange(made);
            if (adds) {
              // Rests like after any other choice: the list closes over what was just made.
              setResting(true);
              setInputValue('');
            }
          }, setCreating);
          return;
        }
        if (adds) {
          // Escape, or leaving the field, "selects" null: the field empties and the list rests.
          setResting(true);
          setInputValue('');
          if (id === null) return;
        }
        onChange(id);
        if (!adds) setInputValue(items.find((i) => i.id === id)?.label ?? '');
      }}
    >
      <Label>{label}</Label>
      <div className="combobox-control">
        <Input placeholder={placeholder} />
        <Button aria-label={t('common.showOptions')}>▾</Button>
      </div>
      {help && <Text slot="description">{help}</Text>}
      <FieldError className="field-error">{error ?? errorMessage(creating)}</FieldError>
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
