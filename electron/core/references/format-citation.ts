import type { DateLanguage } from '../../../shared/dates/format-partial-date';
import type { CslItem } from './csl';

const LOCALES: Record<DateLanguage, string> = { nl: 'nl-NL', en: 'en-US' };

/** citation-js with its CSL engine, the APA 7 style and the Dutch and English locales it ships. */
async function engine() {
  const core = await import('@citation-js/core');
  await import('@citation-js/plugin-csl');
  return core;
}

/**
 * Formats references in APA 7 as plain text, one per item, in the export's language:
 * "Kleinhans, R., & Ağaoğlu, N. (2024). Wijkaanpak. Tijdschrift voor Sociale Vraagstukken.
 * https://doi.org/…". Each item on its own, so the caller gets them back in its order.
 */
export async function apaReferences(items: readonly CslItem[], language: DateLanguage = 'nl'): Promise<string[]> {
  if (items.length === 0) return [];
  const { Cite } = await engine();
  return items.map((item, i) => new Cite({ ...item, id: `ref-${i}` }, { forceType: '@csl/object' }).format('bibliography', { format: 'text', template: 'apa', lang: LOCALES[language] }).trim());
}
