import { isPartialDate } from '../../../shared/dates/partial-date';

/** "2007-03-14T10:00:00Z", "2007-03", "14-03-2007" -> a partial ISO date, or null when it is not a real date. */
export function partialDateFrom(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(trimmed);
  if (iso) {
    const candidate = [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
    return isPartialDate(candidate) ? candidate : null;
  }
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(trimmed);
  if (dutch) {
    const candidate = `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}`;
    return isPartialDate(candidate) ? candidate : null;
  }
  return null;
}
