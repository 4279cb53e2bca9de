import { type FormEvent, useEffect, useState } from 'react';
import { speakerAt } from '../../shared/text/speaker-turns';
import { useTranslation } from 'react-i18next';
import type { Quote, QuoteLesson } from '../../shared/api/quotes';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { type QuoteDraft, useNavigation } from '../app/navigation';
import { EntityPicker } from '../ui/EntityPicker';
import { TextArea, TextField } from '../ui/Field';
import { fieldErrors } from '../ui/form-errors';
import { FormActions } from '../ui/FormActions';
import { TagPicker } from '../ui/TagPicker';
import { useToasts } from '../ui/Toasts';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { HeardBefore } from './HeardBefore';
import { ReattachOffer } from './ReattachOffer';
import { LessonPicker } from './LessonPicker';
import { ErrorText } from '../ui/ErrorText';
import { useFailureReporter } from '../ui/useFailureReporter';
import { useUnsaved } from '../ui/unsaved-changes';

interface QuoteFormProps {
  quote: Quote | null;
  draft: QuoteDraft | null;
  onSaved(quote: Quote): void;
  onDeleted(): void;
  /** Back to the reading view without saving. */
  onCancel?: () => void;
}

/** A quote's fields: made from a selection or a pasted passage, or opened with Bewerken or `e`. */
export function QuoteForm({ quote, draft, onSaved, onDeleted, onCancel }: QuoteFormProps) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const toasts = useToasts();
  const quoteSource = useChannelQuery('sources.get', { id: quote?.sourceId ?? '' }, { enabled: Boolean(quote) }).data;
  const [sourceId, setSourceId] = useState(quote?.sourceId ?? draft?.sourceId ?? '');
  const source = useChannelQuery('sources.get', { id: sourceId }, { enabled: sourceId !== '' }).data;
  const draftPassage = draft && source?.id === draft.sourceId ? source.text.slice(draft.start, draft.end) : null;
  const [passage, setPassage] = useState('');
  const [speakerId, setSpeakerId] = useState(quote?.speakerId ?? '');
  const [dateSaid, setDateSaid] = useState(quote?.dateSaid ?? '');
  const [annotation, setAnnotation] = useState(quote?.annotation ?? '');
  const [lessons, setLessons] = useState<QuoteLesson[]>(quote?.lessons ?? []);
  // A speaker heard for the first time gets a profile from the picker itself.
  const createPerson = useChannelMutation('people.create');
  const [tagIds, setTagIds] = useState<string[]>(quote?.tagIds ?? []);
  const [localError, setLocalError] = useState<string | null>(null);
  // Propose the speaker once the source is known: the speaker turn of the selection, else its interviewee.
  const [proposed, setProposed] = useState(false);
  useEffect(() => {
    if (quote || proposed || !source || source.id !== sourceId) return;
    setProposed(true);
    const label = draft && draft.sourceId === source.id ? speakerAt(source.text, draft.start) : null;
    const fromTurn = label ? source.speakers.find((s) => s.label === label)?.personId : null;
    const interviewee = source.people.find((p) => p.part === 'interviewee')?.personId;
    const person = fromTurn ?? interviewee ?? null;
    if (person) setSpeakerId(person);
  }, [quote, proposed, source, sourceId, draft]);
  const { markSaved } = useUnsaved(quote?.id ?? 'new:quote', { sourceId, passage, speakerId, dateSaid, annotation, lessons, tagIds });
  const create = useChannelMutation('quotes.create', ['lessons', 'sources']);
  const update = useChannelMutation('quotes.update', ['lessons', 'sources']);
  const remove = useDeleteWithUndo('quotes');
  const mutation = quote ? update : create;
  const errors = fieldErrors(mutation.error);
  // A failed save shows on the form (its mutation's error); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });

  /** Where the passage stands in the source: the draft's range, or the first verbatim occurrence. */
  const findRange = (): { start: number; end: number } | null => {
    if (draft && draftPassage !== null && sourceId === draft.sourceId) return { start: draft.start, end: draft.end };
    if (!source) return null;
    const wanted = passage.trim();
    const at = wanted ? source.text.indexOf(wanted) : -1;
    return at === -1 ? null : { start: at, end: at + wanted.length };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    const common = { speakerId: speakerId || null, annotation, lessons, tagIds };
    if (quote) {
      const saved = await update.mutateAsync({ id: quote.id, ...common, dateSaid: dateSaid.trim() || null });
      markSaved();
      toasts.show(t('common.saved'));
      return onSaved(saved);
    }
    if (!sourceId) return setLocalError(t('quotes.chooseSource'));
    const range = findRange();
    if (!range) return setLocalError(t('quotes.passageNotFound'));
    const saved = await create.mutateAsync({
      sourceId,
      ...range,
      ...common,
      ...(dateSaid.trim() ? { dateSaid: dateSaid.trim() } : {}),
    });
    markSaved();
    toasts.show(t('common.saved'));
    onSaved(saved);
  };

  const heading = quote ? `“${quote.text.slice(0, 60)}${quote.text.length > 60 ? '…' : ''}”` : t('quotes.new');
  return (
    <form className="detail-form" onSubmit={(e) => void submit(e).catch(reportFailure)} aria-label={quote ? t('quotes.title') : t('quotes.new')}>
      <h2>{heading}</h2>
      {quote?.deletedAt && <p className="notice">{t('common.deletedNotice')}</p>}
      {quote?.anchorStatus === 'detached' && !quote.deletedAt && <ReattachOffer quoteId={quote.id} />}
      {quote ? (
        <>
          <blockquote className="quote-text">{quote.text}</blockquote>
          <p>
            {t('quotes.fields.source')}:{' '}
            <button type="button" className="link" onClick={() => nav.go('sources', quote.sourceId)}>
              {quoteSource?.title ?? quote.sourceId}
            </button>
          </p>
        </>
      ) : (
        <>
          {draft ? (
            // Made from a selection in the reader: the source is the one being read.
            <p>
              {t('quotes.fields.source')}: {source?.title ?? '…'}
            </p>
          ) : (
            <EntityPicker area="sources" label={t('quotes.fields.source')} value={sourceId || null} onChange={(id) => setSourceId(id ?? '')} placeholder={t('common.none')} error={errors.sourceId} />
          )}
          {draftPassage !== null && sourceId === draft?.sourceId ? (
            <blockquote className="quote-text" aria-label={t('quotes.fields.passage')}>
              {draftPassage}
            </blockquote>
          ) : (
            <TextArea label={t('quotes.fields.passage')} value={passage} onChange={setPassage} help={t('quotes.passageHelp')} error={errors.end} />
          )}
        </>
      )}
      <div className="field-row">
        <EntityPicker
          area="people"
          label={t('quotes.fields.speaker')}
          value={speakerId || null}
          onChange={(id) => setSpeakerId(id ?? '')}
          placeholder={t('common.unknown')}
          error={errors.speakerId}
          create={{ label: (name) => t('import.newProfile', { label: name }), make: async (name) => (await createPerson.mutateAsync({ name })).id }}
        />
        <TextField
          label={t('quotes.fields.dateSaid')}
          value={dateSaid}
          onChange={setDateSaid}
          error={errors.dateSaid}
          placeholder={quote ? t('common.datePlaceholder') : t('quotes.dateDefault')}
        />
      </div>
      <LessonPicker value={lessons} onChange={setLessons} error={errors.lessons} />
      {!quote?.deletedAt && (
        <HeardBefore
          text={quote ? quote.text : (draftPassage ?? passage)}
          quoteId={quote?.id}
          linkedLessonIds={lessons.map((l) => l.lessonId)}
          onLink={(lessonId) => {
            const next = [...lessons, { lessonId, stance: 'supports' as const }];
            setLessons(next);
            // On a saved quote one click is enough; a new quote keeps it until it is saved.
            if (quote) {
              update
                .mutateAsync({ id: quote.id, lessons: next })
                .then(() => {
                  // Saved at once: leaving the quote now asks nothing.
                  markSaved();
                  toasts.show(t('heard.linkedToast'));
                })
                .catch(reportFailure);
            }
          }}
        />
      )}
      <TextArea label={t('quotes.fields.annotation')} value={annotation} onChange={setAnnotation} error={errors.annotation} />
      <TagPicker value={tagIds} onChange={setTagIds} />
      <ErrorText message={localError} />
      <FormActions
        saving={mutation.isPending}
        error={mutation.error}
        onDelete={quote && !quote.deletedAt ? () => void remove(quote.id, quote.text.slice(0, 40)).then(onDeleted) : undefined}
        onCancel={onCancel}
      />
    </form>
  );
}
