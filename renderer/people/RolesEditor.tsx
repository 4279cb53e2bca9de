import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../../shared/api/people';
import { TextField } from '../ui/Field';
import { ErrorText } from '../ui/ErrorText';

interface RolesEditorProps {
  roles: PersonRole[];
  onChange(roles: PersonRole[]): void;
  error?: string | undefined;
}

/** Roles over time: the same person was wijkregisseur in 2004 and director in 2015. */
export function RolesEditor({ roles, onChange, error }: RolesEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<PersonRole>) => onChange(roles.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="roles">
      <legend>{t('people.fields.roles')}</legend>
      {roles.map((role, index) => (
        <div className="role-row" key={index} role="group" aria-label={`${t('people.fields.role')} ${index + 1}`}>
          <TextField label={t('people.fields.role')} value={role.role} onChange={(v) => set(index, { role: v })} />
          <TextField label={t('people.fields.organisation')} value={role.organisation} onChange={(v) => set(index, { organisation: v })} />
          <TextField label={t('people.fields.place')} value={role.place} onChange={(v) => set(index, { place: v })} />
          <TextField
            label={t('people.fields.from')}
            value={role.from ?? ''}
            placeholder={t('common.datePlaceholder')}
            onChange={(v) => set(index, { from: v || null })}
          />
          <TextField
            label={t('people.fields.to')}
            value={role.to ?? ''}
            placeholder={t('common.datePlaceholder')}
            onChange={(v) => set(index, { to: v || null })}
          />
          <button type="button" className="quiet" onClick={() => onChange(roles.filter((_, i) => i !== index))}>
            {t('people.removeRole')}
          </button>
        </div>
      ))}
      <ErrorText message={error} />
      <button type="button" onClick={() => onChange([...roles, { role: '', organisation: '', place: '', from: null, to: null }])}>
        {t('people.addRole')}
      </button>
    </fieldset>
  );
}
