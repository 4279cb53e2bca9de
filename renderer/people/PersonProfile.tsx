import { useTranslation } from 'react-i18next';
import type { Person } from '../../shared/api/people';
import { useFormatDate } from '../i18n/dates';
import { ReadingView, TagChips } from '../ui/ReadingView';

interface PersonProfileProps {
  person: Person;
  onEdit(): void;
  onDelete(): void;
}

/**
 * A person as they are read: who they are, what export does with their name, and their roles
 * over the years (earliest first); their quotes through the years follow below. Editing is a mode
 * (Bewerken, or `e`).
 */
export function PersonProfile({ person, onEdit, onDelete }: PersonProfileProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const titleId = `person-title-${person.id}`;
  const roles = [...person.roles].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const period = (from: string | null, to: string | null) =>
    from || to ? `${from ? formatDate(from) : '…'} – ${to ? formatDate(to) : t('people.now')}` : '';
  return (
    <ReadingView titleId={titleId} title={person.name} deleted={Boolean(person.deletedAt)} onEdit={onEdit} onDelete={onDelete}>
      <p className="muted">
        {t('people.fields.consent')}: {t(`people.consent.${person.consent}`)}
        {person.consent === 'pseudonym' && person.pseudonym ? ` (“${person.pseudonym}”)` : ''}
      </p>
      {person.summary && <p className="dossier-summary">{person.summary}</p>}
      <section aria-labelledby={`${titleId}-roles`}>
        <h3 id={`${titleId}-roles`}>{t('people.fields.roles')}</h3>
        {roles.length === 0 ? (
          <p className="muted">{t('people.noRoles')}</p>
        ) : (
          <ol className="dossier-list roles-over-time">
            {roles.map((role, i) => (
              <li key={i}>
                <strong>{role.role}</strong>
                {[role.organisation, role.place].filter(Boolean).length > 0 && `, ${[role.organisation, role.place].filter(Boolean).join(', ')}`}
                {period(role.from, role.to) && <span className="muted"> · {period(role.from, role.to)}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <TagChips tagIds={person.tagIds} />
    </ReadingView>
  );
}
