import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTheme, storedTheme, storeTheme, type Theme, THEMES } from './theme';

/** "Weergave": system, light or dark, kept on this device; a system change is followed at once. */
export function ThemeChoice() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  useEffect(() => {
    applyTheme(theme);
    const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const follow = () => applyTheme(theme);
    media?.addEventListener('change', follow);
    return () => media?.removeEventListener('change', follow);
  }, [theme]);
  return (
    <label className="language">
      <span>{t('app.theme')}</span>
      <select
        value={theme}
        onChange={(e) => {
          const chosen = e.target.value as Theme;
          storeTheme(chosen);
          setTheme(chosen);
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(`app.themes.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
