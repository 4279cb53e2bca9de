import { describe, expect, it } from 'vitest';
import { comparePartialDates, isPartialDate, parsePartialDate, yearOf } from './partial-date';

describe('partial dates', () => {
  it('accepts year, month and day precision', () => {
    expect(parsePartialDate('2007')).toEqual({ year: 2007, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2007-03')).toEqual({ year: 2007, month: 3, day: null, precision: 'month' });
    expect(parsePartialDate('2007-03-14')).toEqual({ year: 2007, month: 3, day: 14, precision: 'day' });
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of ['2007-13', '2007-00', '2007-02-30', '2007-04-31', '2007-3', '07', '2007/03', '', '2007-03-14T10:00', ' 2007', '0999']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });

  it('knows leap years', () => {
    expect(isPartialDate('2004-02-29')).toBe(true);
    expect(isPartialDate('2100-02-29')).toBe(false);
    expect(isPartialDate('2000-02-29')).toBe(true);
  });

  it('gives the year and sorts less precise dates first', () => {
    expect(yearOf('2019-05')).toBe(2019);
    expect(yearOf('nope')).toBeNull();
    const sorted = ['2007-01-01', '2007', null, '2006-12', '2007-01'].sort(comparePartialDates);
    expect(sorted).toEqual(['2006-12', '2007', '2007-01', '2007-01-01', null]);
  });
});
