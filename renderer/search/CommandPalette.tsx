import { useEffect, useRef, useState } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/queries';
import { orderedHits, SearchResults } from './SearchResults';
import { useOpenHit } from './useOpenHit';

/**
 * Ctrl/Cmd+K: search everything as you type; arrows move, Enter opens, Escape closes. A React Aria
 * modal dialog: focus stays inside while it is open and returns to where it was when it closes.
 */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const open = useOpenHit();
  const query = useChannelQuery('search.query', { text, limit: 5 }, { enabled: text.trim().length > 0 });
  const hits = text.trim() ? orderedHits(query.data?.hits ?? []) : [];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [text]);

  const choose = (index: number) => {
    const hit = hits[index];
    if (hit) {
      void open(hit);
      onClose();
    }
  };

  return (
    <ModalOverlay className="palette-backdrop" isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Modal className="palette-modal">
        <Dialog className="palette" aria-label={t('search.palette')}>
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls="palette-results"
            aria-activedescendant={hits.length > 0 ? `palette-${active}` : undefined}
            aria-label={t('search.inputLabel')}
            placeholder={t('search.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((i) => Math.min(hits.length - 1, i + 1));
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((i) => Math.max(0, i - 1));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                choose(active);
              }
            }}
          />
          <div id="palette-results" className="palette-results">
            {text.trim() && hits.length === 0 && !query.isFetching && <p className="muted">{t('search.nothing')}</p>}
            <SearchResults hits={hits} counts={query.data?.counts ?? {}} activeIndex={active} onOpen={(hit) => choose(hits.indexOf(hit))} idPrefix="palette" />
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
