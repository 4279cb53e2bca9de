import { createContext, Fragment, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Nothing typed is lost. Every form reports whether it holds changes not yet saved (`useUnsaved`);
 * then leaving it (another page, another item, Back, closing the window) asks first, and a save
 * elsewhere that changes the item (an introduction that saves itself, a lesson linked from
 * "Eerder gehoord") does not reset the form (`useFormKey`).
 */
interface UnsavedChanges {
  report(formId: string, unsaved: boolean): void;
  isUnsaved(formId: string): boolean;
  /** True when nothing is unsaved, or the user agrees to discard it. */
  confirmLeave(): boolean;
}

const UnsavedContext = createContext<UnsavedChanges | null>(null);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // The ref is the truth, updated at once (a save followed by navigation in the same handler must
  // not ask); the state copy makes the page render again when it changes.
  const latest = useRef<ReadonlySet<string>>(new Set());
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(latest.current);
  const report = useCallback((formId: string, isUnsaved: boolean) => {
    if (latest.current.has(formId) === isUnsaved) return;
    const next = new Set(latest.current);
    if (isUnsaved) next.add(formId);
    else next.delete(formId);
    latest.current = next;
    setUnsaved(next);
  }, []);
  const confirmLeave = useCallback(() => {
    if (latest.current.size === 0) return true;
    const discard = window.confirm(t('common.leaveUnsaved'));
    if (discard) {
      latest.current = new Set();
      setUnsaved(latest.current);
    }
    return discard;
  }, [t]);
  useEffect(() => {
    if (unsaved.size === 0) return;
    // Closing the window or reloading with unsaved changes: the browser (or Electron) asks.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
  const value = useMemo(() => ({ report, isUnsaved: (formId: string) => unsaved.has(formId), confirmLeave }), [report, unsaved, confirmLeave]);
  return <UnsavedContext.Provider value={value}>{children}</UnsavedContext.Provider>;
}

export function useUnsavedChanges(): UnsavedChanges {
  const context = useContext(UnsavedContext);
  if (!context) throw new Error('useUnsavedChanges outside UnsavedChangesProvider');
  return context;
}

/**
 * A form says whether its fields differ from what it was opened with (or last saved); forgotten
 * when the form goes. `markSaved` after a successful save makes the current fields the baseline.
 */
export function useUnsaved(formId: string, fields: unknown): { unsaved: boolean; markSaved(): void } {
  const { report } = useUnsavedChanges();
  const current = JSON.stringify(fields);
  const [baseline, setBaseline] = useState(current);
  const unsaved = current !== baseline;
  // The fields as last rendered: a save that resolves later marks what the form holds then.
  const latest = useRef(current);
  latest.current = current;
  useEffect(() => {
    report(formId, unsaved);
  }, [report, formId, unsaved]);
  useEffect(() => () => report(formId, false), [report, formId]);
  const markSaved = useCallback(() => {
    setBaseline(latest.current);
    report(formId, false);
  }, [report, formId]);
  return { unsaved, markSaved };
}

/**
 * The key of an item's form: it changes with the item's version, so the form shows a change
 * made elsewhere, except while the form holds unsaved changes, which a remount would throw away.
 */
export function useFormKey(id: string, version: string): string {
  const { isUnsaved } = useUnsavedChanges();
  const held = useRef(version);
  if (!isUnsaved(id)) held.current = version;
  return `${id}:${held.current}`;
}

/** Renders an item's form keyed by `useFormKey`: a new version remounts it only when nothing is unsaved. */
export function FormForVersion({ id, version, children }: { id: string; version: string; children: ReactNode }) {
  const key = useFormKey(id, version);
  return <Fragment key={key}>{children}</Fragment>;
}
