import { useTranslation } from 'react-i18next';
import type { ItemRef } from '../../shared/api/items';
import { emptyDoc } from '../../shared/lexical/document';
import { useApi } from '../api/ApiProvider';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { NoteEditor } from '../editor/NoteEditor';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';

/** The notes written about an item, each a live editor, and a button for a new one. */
export function NotesPanel({ target, title }: { target: ItemRef; title: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const notes = useChannelQuery('notes.list', { targetKind: target.kind, targetId: target.id, sort: 'createdAt', limit: 50 }).data?.items ?? [];
  const create = useChannelMutation('notes.create');
  const remove = useDeleteWithUndo('notes');
  return (
    <section className="notes-panel" aria-labelledby={`notes-${target.id}`}>
      <h3 id={`notes-${target.id}`}>{t('notes.title')}</h3>
      {notes.map((note, i) => (
        <div key={note.id} className="note">
          <NoteEditor
            label={t('notes.editorLabel', { number: i + 1, title })}
            doc={note.doc}
            onSave={(doc) => api.call('notes.update', { id: note.id, doc })}
          />
          <button type="button" className="quiet" onClick={() => void remove(note.id, note.plainText.slice(0, 40) || t('notes.untitled'))}>
            {t('notes.delete')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => void create.mutateAsync({ target, doc: emptyDoc() })}>
        {t('notes.new')}
      </button>
    </section>
  );
}
