import { useTranslation } from 'react-i18next';
import type { Source, SourceSpeaker } from '../../shared/api/sources';
import { useChannelMutation } from '../api/queries';
import { useAll } from '../api/use-all';
import { errorMessage } from '../ui/form-errors';
import { ErrorText } from '../ui/ErrorText';
import { useFailureReporter } from '../ui/useFailureReporter';

const NEW = '__new__';

/** The speakers found in a transcript, each matched to an existing profile or a new one. */
export function SpeakerMatcher({ source }: { source: Source }) {
  const { t } = useTranslation();
  const people = useAll('people');
  const match = useChannelMutation('sources.matchSpeakers', ['people']);
  const createPerson = useChannelMutation('people.create');
  // Both steps show their failure below the list (their mutations' errors); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });
  if (source.speakers.length === 0) return null;

  const choose = async (speaker: SourceSpeaker, value: string) => {
    let personId: string | null = value || null;
    if (value === NEW) personId = (await createPerson.mutateAsync({ name: speaker.label })).id;
    const speakers = source.speakers.map((s) => (s.label === speaker.label ? { ...s, personId } : s));
    await match.mutateAsync({ id: source.id, speakers });
  };
  // A heading or a "Casus:" line taken for a speaker is taken off the list (its text stays as it is).
  const notASpeaker = (speaker: SourceSpeaker) => match.mutateAsync({ id: source.id, speakers: source.speakers.filter((s) => s.label !== speaker.label) });

  return (
    <section className="speakers" aria-labelledby="speakers-title">
      <h3 id="speakers-title">{t('import.speakersTitle')}</h3>
      <p className="muted">{t('import.speakersHelp')}</p>
      {source.speakers.map((speaker) => (
        <div key={speaker.label} className="inline-row">
          <span className="speaker-label">{speaker.label}</span>
          <select
            aria-label={t('import.speakerFor', { label: speaker.label })}
            value={speaker.personId ?? ''}
            onChange={(e) => void choose(speaker, e.target.value).catch(reportFailure)}
          >
            <option value="">{t('import.notMatched')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={NEW}>{t('import.newProfile', { label: speaker.label })}</option>
          </select>
          <button type="button" onClick={() => void notASpeaker(speaker).catch(reportFailure)} aria-label={t('import.notASpeakerFor', { label: speaker.label })}>
            {t('import.notASpeaker')}
          </button>
        </div>
      ))}
      <ErrorText message={errorMessage(createPerson.error ?? match.error)} />
    </section>
  );
}
