import { useTranslation } from 'react-i18next';
import { CollectionsPage } from '../collections/CollectionsPage';
import { LANGUAGES, type Language, switchLanguage } from '../i18n';
import { LessonsPage } from '../lessons/LessonsPage';
import { PeoplePage } from '../people/PeoplePage';
import { QuotesPage } from '../quotes/QuotesPage';
import { SourcesPage } from '../sources/SourcesPage';
import { TagsPage } from '../tags/TagsPage';
import { TrashPage } from '../trash/TrashPage';
import { ToastProvider } from '../ui/Toasts';
import { NavigationProvider, SECTIONS, useNavigation } from './navigation';

const PAGES = {
  sources: SourcesPage,
  quotes: QuotesPage,
  lessons: LessonsPage,
  people: PeoplePage,
  tags: TagsPage,
  collections: CollectionsPage,
  trash: TrashPage,
} as const;

function Shell() {
  const { t, i18n } = useTranslation();
  const nav = useNavigation();
  const Page = PAGES[nav.section];
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.navigation')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <button
                  type="button"
                  className={section === nav.section ? 'nav-item active' : 'nav-item'}
                  aria-current={section === nav.section ? 'page' : undefined}
                  onClick={() => nav.go(section)}
                >
                  {t(`nav.${section}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <label className="language">
          <span>{t('app.language')}</span>
          <select value={i18n.language} onChange={(e) => void switchLanguage(e.target.value as Language)}>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng}>
                {lng === 'nl' ? 'Nederlands' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </aside>
      <main className="content">
        <Page />
      </main>
    </div>
  );
}

export function App() {
  return (
    <NavigationProvider>
      <ToastProvider>
        <Shell />
      </ToastProvider>
    </NavigationProvider>
  );
}
