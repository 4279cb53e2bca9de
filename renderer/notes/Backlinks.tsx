import { useTranslation } from 'react-i18next';
import type { ItemRef } from '../../shared/api/items';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { SECTION_OF } from '../search/open-hit';

/** "Genoemd in": every note that mentions this item, with a way to open what the note is about. */
export function Backlinks({ item }: { item: ItemRef }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const links = useChannelQuery('notes.backlinks', item).data ?? [];
  return (
    <section className="backlinks" aria-label={t('notes.backlinks')}>
      <h3>{t('notes.backlinks')}</h3>
      {links.length === 0 && <p className="muted">{t('notes.noBacklinks')}</p>}
      <ul>
        {links.map((link) => {
          const section = link.target ? SECTION_OF[link.target.kind] : undefined;
          return (
            <li key={link.noteId}>
              {section && link.target ? (
                <button type="button" className="link" onClick={() => link.target && nav.go(section, link.target.id)}>
                  {link.targetTitle ?? t(`trash.kinds.${link.target.kind}`)}
                </button>
              ) : (
                <span>{link.title || t('notes.memo')}</span>
              )}
              <span className="row-secondary">{link.snippet}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
