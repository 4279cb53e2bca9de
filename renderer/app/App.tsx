import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsPage } from '../backups/BackupsPage';
import { ExchangePage } from '../exchange/ExchangePage';
import { TeamPage } from '../team/TeamPage';
import { RelatedWordsPage } from '../related/RelatedWordsPage';
import { CollectionsPage } from '../collections/CollectionsPage';
import { DiscoverPage } from '../discover/DiscoverPage';
import { LANGUAGES, type Language, switchLanguage } from '../i18n';
import { LessonsPage } from '../lessons/LessonsPage';
import { PeoplePage } from '../people/PeoplePage';
import { QuotesPage } from '../quotes/QuotesPage';
import { RecurringPage } from '../recurrence/RecurringPage';
import { CommandPalette } from '../search/CommandPalette';
import { SearchPage } from '../search/SearchPage';
import { DropZone } from '../sources/DropZone';
import { ImportQueueProvider } from '../sources/ImportQueue';
import { SourcesPage } from '../sources/SourcesPage';
import { TagsPage } from '../tags/TagsPage';
import { TrashPage } from '../trash/TrashPage';
import { ToastProvider } from '../ui/Toasts';
import { UnsavedChangesProvider } from '../ui/unsaved-changes';
import { HostStatusBanner } from './HostStatusBanner';
import { NavigationProvider, SECTIONS, useNavigation } from './navigation';
import { ThemeChoice } from '../theme/ThemeChoice';

const PAGES = {
  search: SearchPage,
  recurring: RecurringPage,
  discover: DiscoverPage,
  related: RelatedWordsPage,
  sources: SourcesPage,
  quotes: QuotesPage,
  lessons: LessonsPage,
  people: PeoplePage,
  tags: TagsPage,
  collections: CollectionsPage,
  exchange: ExchangePage,
  team: TeamPage,
  trash: TrashPage,
  backups: BackupsPage,
} as const;

function Shell() {
  const { t, i18n } = useTranslation();
  const nav = useNavigation();
  const Page = PAGES[nav.section];
  const [paletteOpen, setPaletteOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPaletteOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="shell">
      {/* The first stop for the keyboard: past the navigation to the page itself (addresses are fragments, so this focuses rather than links). */}
      <a
        href="#inhoud"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('inhoud')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <button type="button" className="palette-button" onClick={() => setPaletteOpen(true)} aria-keyshortcuts="Control+K Meta+K">
          {t('search.open')} <kbd>Ctrl K</kbd>
        </button>
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
        <ThemeChoice />
      </aside>
      <main className="content" id="inhoud" tabIndex={-1}>
        <HostStatusBanner />
        <Page />
      </main>
    </div>
  );
}

export function App() {
  return (
    <UnsavedChangesProvider>
      <NavigationProvider>
        <ToastProvider>
          <ImportQueueProvider>
            <DropZone>
              <Shell />
            </DropZone>
          </ImportQueueProvider>
        </ToastProvider>
      </NavigationProvider>
    </UnsavedChangesProvider>
  );
}
