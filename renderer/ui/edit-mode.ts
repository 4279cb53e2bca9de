import { useEffect, useState } from 'react';
import { useUnsavedChanges } from './unsaved-changes';

/** Typing in a field, a select or an editor: `e` is a letter there, not a command. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)));
}

/**
 * Read first, edit on demand: an item opens as a reading view; `e` (or the Bewerken button) opens
 * its form, and leaving the form without saving asks first when something was typed (the same
 * guard as leaving the page). Another item opens in reading view again. `keyEnabled: false`
 * while something else on the page owns the keyboard (a quote being made beside a source).
 */
export function useEditMode(itemId: string, { keyEnabled = true } = {}): { editing: boolean; edit(): void; done(): void; cancel(): void } {
  const { confirmLeave } = useUnsavedChanges();
  const [editing, setEditing] = useState<{ id: string; on: boolean }>({ id: itemId, on: false });
  const on = editing.id === itemId && editing.on;
  useEffect(() => {
    if (on || !keyEnabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'e' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // Not while a dialog (the palette) is open over the page.
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setEditing({ id: itemId, on: true });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, itemId, keyEnabled]);
  return {
    editing: on,
    edit: () => setEditing({ id: itemId, on: true }),
    done: () => setEditing({ id: itemId, on: false }),
    cancel: () => {
      if (confirmLeave()) setEditing({ id: itemId, on: false });
    },
  };
}
