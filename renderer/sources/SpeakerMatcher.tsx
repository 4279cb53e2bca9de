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

  return (
    <section className="speakers" aria-labelledby="speakers-title">
      <h3 id="speakers-title">{t('import.speakersTitle')}</h3>
      <p className="muted">{t('import.speakersHelp')}</p>
      {source.speakers.map((speaker) => (
        <label key={speaker.label} className="inline-row">
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
        </label>
      ))}
      <ErrorText message={errorMessage(createPerson.error ?? match.error)} />
    </section>
  );
}
