/**
 * Partial ISO 8601 dates: "2007", "2007-03" or "2007-03-14".
 * A researcher often knows only the year an interview took place, so precision is part
 * of the value. Impossible dates ("2007-13", "2007-02-30") are refused, not normalised.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedPartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this month (UTC avoids DST surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parsePartialDate(value: string): ParsedPartialDate | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[2] === undefined) return { year, month: null, day: null, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, day: null, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** The year of a partial date, for timelines and ranges. */
export function yearOf(value: string): number | null {
  return parsePartialDate(value)?.year ?? null;
}

/**
 * Sort key that puts "2007" before "2007-01" before "2007-01-01", so that less precise
 * dates come first within their period. Plain string comparison already does this.
 */
export function comparePartialDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
