import { useTranslation } from 'react-i18next';
import { SOURCE_PARTS, type SourcePerson } from '../../shared/api/sources';
import { useAll } from '../api/use-all';

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
          <label>
            <span className="visually-hidden">{t('people.fields.name')}</span>
            <select value={entry.personId} onChange={(e) => set(index, { personId: e.target.value })}>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('sources.fields.part')}</span>
            <select value={entry.part} onChange={(e) => set(index, { part: e.target.value as SourcePerson['part'] })}>
              {SOURCE_PARTS.map((part) => (
                <option key={part} value={part}>
                  {t(`sources.parts.${part}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="quiet" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
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
