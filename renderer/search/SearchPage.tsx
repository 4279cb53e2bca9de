import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type ItemKind } from '../../shared/api/items';
import { isPartialDate } from '../../shared/dates/partial-date';
import { useChannelQuery } from '../api/queries';
import { AddToCollection } from '../collections/AddToCollection';
import { EntityPicker } from '../ui/EntityPicker';
import { ItemsExport } from '../exports/ItemsExport';
import { SearchResults } from './SearchResults';
import { useOpenHit } from './useOpenHit';

/** The search page: the palette's search with filters for kind, label, person, lesson and period. */
export function SearchPage() {
  const { t } = useTranslation();
  const open = useOpenHit();
  const [text, setText] = useState('');
  const [kinds, setKinds] = useState<ItemKind[]>([]);
  const [tagId, setTagId] = useState('');
  const [personId, setPersonId] = useState('');
  const [lessonId, setLessonId] = useState('');
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const input = {
    text,
    limit: 50,
    ...(kinds.length ? { kinds } : {}),
    ...(tagId ? { tagIds: [tagId] } : {}),
    ...(personId ? { personId } : {}),
    ...(lessonId ? { lessonId } : {}),
    ...(isPartialDate(dateFrom) ? { dateFrom } : {}),
    ...(isPartialDate(dateTo) ? { dateTo } : {}),
  };
  const query = useChannelQuery('search.query', input, { enabled: text.trim().length > 0 });
  const hits = text.trim() ? (query.data?.hits ?? []) : [];
  // Quotes, lessons, profiles and sources among the results can go into a collection or an export.
  const collectable = hits.flatMap((h) =>
    h.kind === 'quote' || h.kind === 'lesson' || h.kind === 'person' || h.kind === 'source' ? [{ kind: h.kind, itemId: h.id }] : [],
  );

  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title">{t('search.title')}</h1>
      <input
        type="search"
        className="search-input"
        aria-label={t('search.inputLabel')}
        placeholder={t('search.placeholder')}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
      <div className="search-filters" role="group" aria-label={t('search.filters')}>
        <fieldset className="kind-filter">
          <legend>{t('search.kind')}</legend>
          {ITEM_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
              />
              {t(`search.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <EntityPicker area="tags" label={t('search.label')} value={tagId || null} onChange={(id) => setTagId(id ?? '')} placeholder={t('search.any')} />
        <EntityPicker area="people" label={t('search.person')} value={personId || null} onChange={(id) => setPersonId(id ?? '')} placeholder={t('search.any')} />
        <EntityPicker area="lessons" label={t('search.lesson')} value={lessonId || null} onChange={(id) => setLessonId(id ?? '')} placeholder={t('search.any')} />
        <label>
          {t('search.from')}
          <input type="text" value={dateFrom} placeholder="1998" onChange={(e) => setDateFrom(e.target.value)} aria-invalid={dateFrom !== '' && !isPartialDate(dateFrom)} />
        </label>
        <label>
          {t('search.to')}
          <input type="text" value={dateTo} placeholder="2025" onChange={(e) => setDateTo(e.target.value)} aria-invalid={dateTo !== '' && !isPartialDate(dateTo)} />
        </label>
      </div>
      {text.trim() && hits.length === 0 && !query.isFetching && <p className="muted">{t('search.nothing')}</p>}
      {hits.length > 0 && (
        <div className="search-actions">
          <AddToCollection items={collectable} label={t('collections.addResults')} />
          <ItemsExport title={t('search.exportTitle', { text })} items={collectable} label={t('search.exportResults')} />
        </div>
      )}
      <SearchResults hits={hits} counts={query.data?.counts ?? {}} activeIndex={-1} onOpen={(hit) => void open(hit)} idPrefix="search" />
    </section>
  );
}
