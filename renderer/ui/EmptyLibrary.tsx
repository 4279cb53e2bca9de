import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';

/** What a new user sees first: what the app is for and the one step to take. */
export function EmptyLibrary() {
  const { t } = useTranslation();
  const nav = useNavigation();
  return (
    <div className="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => nav.go('sources', 'new')}>
          {t('empty.firstSource')}
        </button>
        <button type="button" onClick={() => nav.go('people', 'new')}>
          {t('empty.firstPerson')}
        </button>
      </div>
    </div>
  );
}
