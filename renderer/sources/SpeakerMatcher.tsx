import { useTranslation } from 'react-i18next';
import type { Source, SourceSpeaker } from '../../shared/api/sources';
import { useChannelMutation } from '../api/queries';
import { EntityPicker } from '../ui/EntityPicker';
import { errorMessage } from '../ui/form-errors';
import { ErrorText } from '../ui/ErrorText';
import { useFailureReporter } from '../ui/useFailureReporter';

/**
 * The speakers found in a transcript, each matched to an existing profile (found by typing,
 * among every profile) or to a new one made from the speaker's label.
 */
export function SpeakerMatcher({ source }: { source: Source }) {
  const { t } = useTranslation();
  const match = useChannelMutation('sources.matchSpeakers', ['people']);
  const createPerson = useChannelMutation('people.create');
  // Both steps show their failure below the list (their mutations' errors); anything else becomes a toast.
  const reportFailure = useFailureReporter({ shownByForm: true });
  if (source.speakers.length === 0) return null;

  const choose = async (speaker: SourceSpeaker, personId: string | null) => {
    const speakers = source.speakers.map((s) => (s.label === speaker.label ? { ...s, personId } : s));
    await match.mutateAsync({ id: source.id, speakers });
  };
  const chooseNew = async (speaker: SourceSpeaker) => choose(speaker, (await createPerson.mutateAsync({ name: speaker.label })).id);
  // A heading or a "Casus:" line taken for a speaker is taken off the list (its text stays as it is).
  const notASpeaker = (speaker: SourceSpeaker) => match.mutateAsync({ id: source.id, speakers: source.speakers.filter((s) => s.label !== speaker.label) });

  return (
    <section className="speakers" aria-labelledby="speakers-title">
      <h3 id="speakers-title">{t('import.speakersTitle')}</h3>
      <p className="muted">{t('import.speakersHelp')}</p>
      {source.speakers.map((speaker) => (
        <div key={speaker.label} className="inline-row">
          <span className="speaker-label">{speaker.label}</span>
          <EntityPicker
            area="people"
            label={t('import.speakerFor', { label: speaker.label })}
            value={speaker.personId}
            placeholder={t('import.notMatched')}
            onChange={(personId) => void choose(speaker, personId).catch(reportFailure)}
          />
          {!speaker.personId && (
            <button type="button" onClick={() => void chooseNew(speaker).catch(reportFailure)}>
              {t('import.newProfile', { label: speaker.label })}
            </button>
          )}
          <button type="button" onClick={() => void notASpeaker(speaker).catch(reportFailure)} aria-label={t('import.notASpeakerFor', { label: speaker.label })}>
            {t('import.notASpeaker')}
          </button>
        </div>
      ))}
      <ErrorText message={errorMessage(createPerson.error ?? match.error)} />
    </section>
  );
}
