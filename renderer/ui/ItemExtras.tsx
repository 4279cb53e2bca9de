import { useTranslation } from 'react-i18next';
import type { CollectionItem } from '../../shared/api/collections';
import { AddToCollection } from '../collections/AddToCollection';
import { Backlinks } from '../notes/Backlinks';
import { NotesPanel } from '../notes/NotesPanel';

/** What every item page has under its own content: to a collection, its notes, where it is mentioned. */
export function ItemExtras({ kind, id, title, deleted, children }: { kind: CollectionItem['kind']; id: string; title: string; deleted: boolean; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {!deleted && <AddToCollection items={[{ kind, itemId: id }]} title={title} label={t('collections.addTo')} />}
      {children}
      {!deleted && <NotesPanel target={{ kind, id }} title={title} />}
      <Backlinks item={{ kind, id }} />
    </>
  );
}
