/** The look the user chose on this device; "system" follows the operating system's light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'wijkgeheugen.theme';

export function storedTheme(): Theme {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (THEMES as readonly string[]).includes(stored ?? '') ? (stored as Theme) : 'system';
}

export function storeTheme(theme: Theme): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, theme);
}

/** light or dark, as the page is shown now. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/**
 * Sets `data-theme` on <html>, where the stylesheet's tokens are switched. Called before the
 * first render (no flash of the other theme) and whenever the choice or the system changes.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  root.dataset.theme = resolveTheme(theme, media?.matches ?? false);
}
