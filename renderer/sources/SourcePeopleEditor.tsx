import { useTranslation } from 'react-i18next';
import { SOURCE_PARTS, type SourcePerson } from '../../shared/api/sources';
import { Choice } from '../ui/Choice';
import { EntityPicker } from '../ui/EntityPicker';
import { ErrorText } from '../ui/ErrorText';

interface Props {
  value: SourcePerson[];
  onChange(value: SourcePerson[]): void;
  error?: string | undefined;
}

/** The people of a source and their part; each chosen by typing, from every profile in the library. */
export function SourcePeopleEditor({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<SourcePerson>) => onChange(value.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="source-people">
      <legend>{t('sources.fields.people')}</legend>
      {value.map((entry, index) => (
        <div className="inline-row" key={`${entry.personId}:${index}`}>
          <EntityPicker area="people" label={t('people.fields.name')} value={entry.personId} onChange={(personId) => personId && set(index, { personId })} />
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
      <EntityPicker
        key={value.length}
        area="people"
        label={t('sources.addPerson')}
        value={null}
        placeholder={t('sources.addPersonPlaceholder')}
        onChange={(personId) => personId && onChange([...value, { personId, part: 'interviewee' }])}
      />
    </fieldset>
  );
}
