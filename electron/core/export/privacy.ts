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
  private readonly replacementOf = new Map<string, string>();
  private pattern: RegExp | null = null;
  private readonly people = new Map<string, Person>();

  constructor(people: readonly Person[]) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const person of people) {
      this.people.set(person.id, person);
      if (person.consent === 'name') continue;
      const by = person.consent === 'pseudonym' && person.pseudonym ? person.pseudonym : OMITTED_NAME;
      // The full name and its parts (not particles like "de" or "van"), unless the pseudonym is
      // made of the same words (then there is nothing to hide).
      const parts = [person.name, ...person.name.split(/\s+/).filter((p) => p.length >= 3 && /^\p{Lu}/u.test(p))];
      for (const part of parts) {
        if (by.toLocaleLowerCase('nl').split(/\s+/).includes(part.toLocaleLowerCase('nl')) || part === by) continue;
        if (!this.replacementOf.has(part.toLocaleLowerCase('nl'))) this.replacementOf.set(part.toLocaleLowerCase('nl'), by);
      }
    }
    // One pass with every name at once, longest first, so a replacement is never scanned again.
    const alternatives = [...this.replacementOf.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
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
    if (!this.pattern) return text;
    return text.replace(this.pattern, (match) => this.replacementOf.get(match.toLocaleLowerCase('nl')) ?? OMITTED_NAME);
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
