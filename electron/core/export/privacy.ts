import type { PrivacySummary } from '../../../shared/api/exports';
import type { Person } from '../../../shared/api/people';

export const OMITTED_NAME = '[naam weggelaten]';

/**
 * Consent at export, applied the same way in every format: a person shown by name, by
 * pseudonym, or left out. Besides attributions, every text that goes out (quotes, commentary,
 * notes, titles) is scrubbed of the full name and of each name part of pseudonymised and
 * left-out people, so a name typed by hand does not slip through either.
 */
export class Privacy {
  private readonly replacements: { pattern: RegExp; by: string }[] = [];
  private readonly people = new Map<string, Person>();

  constructor(people: readonly Person[]) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const person of people) {
      this.people.set(person.id, person);
      if (person.consent === 'name') continue;
      const by = person.consent === 'pseudonym' && person.pseudonym ? person.pseudonym : OMITTED_NAME;
      // Longest first: the full name, then its parts (not particles like "de" or "van").
      const parts = [person.name, ...person.name.split(/\s+/).filter((p) => p.length >= 3 && /^\p{Lu}/u.test(p))];
      for (const part of parts) this.replacements.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, 'giu'), by });
    }
    this.replacements.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  }

  /** The name to print for a person, or null when they are left out. */
  displayName(personId: string | null): string | null {
    const person = personId ? this.people.get(personId) : undefined;
    if (!person) return null;
    if (person.consent === 'omit') return null;
    if (person.consent === 'pseudonym') return person.pseudonym || OMITTED_NAME;
    return person.name;
  }

  consentOf(personId: string | null): Person['consent'] | null {
    return personId ? (this.people.get(personId)?.consent ?? null) : null;
  }

  scrub(text: string): string {
    let out = text;
    for (const { pattern, by } of this.replacements) out = out.replace(pattern, by);
    return out;
  }

  summary(involved: Iterable<string>): PrivacySummary {
    const summary: PrivacySummary = { named: [], pseudonymised: [], omitted: [] };
    for (const id of new Set(involved)) {
      const person = this.people.get(id);
      if (!person) continue;
      if (person.consent === 'name') summary.named.push(person.name);
      else if (person.consent === 'pseudonym') summary.pseudonymised.push({ name: person.name, pseudonym: person.pseudonym || OMITTED_NAME });
      else summary.omitted.push(person.name);
    }
    summary.named.sort();
    summary.omitted.sort();
    return summary;
  }
}
