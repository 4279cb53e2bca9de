import { useTranslation } from 'react-i18next';
import { SOURCE_PARTS, type SourcePerson } from '../../shared/api/sources';
import { useAll } from '../api/use-all';
import { Choice } from '../ui/Choice';
import { ErrorText } from '../ui/ErrorText';

interface Props {
  value: SourcePerson[];
  onChange(value: SourcePerson[]): void;
  error?: string | undefined;
}

export function SourcePeopleEditor({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const people = useAll('people');
  const set = (index: number, patch: Partial<SourcePerson>) => onChange(value.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="source-people">
      <legend>{t('sources.fields.people')}</legend>
      {value.map((entry, index) => (
        <div className="inline-row" key={index}>
          <Choice
            label={t('people.fields.name')}
            value={entry.personId}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(personId) => personId && set(index, { personId })}
          />
          <Choice<SourcePerson['part']>
            label={t('sources.fields.part')}
            value={entry.part}
            options={SOURCE_PARTS.map((part) => ({ value: part, label: t(`sources.parts.${part}`) }))}
            onChange={(part) => part && set(index, { part })}
          />
          <button type="button" className="quiet" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <ErrorText message={error} />
      <button
        type="button"
        disabled={people.length === 0}
        onClick={() => {
          const first = people[0];
          if (first) onChange([...value, { personId: first.id, part: 'interviewee' }]);
        }}
      >
        {t('sources.addPerson')}
      </button>
    </fieldset>
  );
}
