import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './format-partial-date';

describe('formatPartialDate', () => {
  it('writes a date at its own precision, in Dutch or English', () => {
    expect(formatPartialDate('2007-03-14')).toBe('14 maart 2007');
    expect(formatPartialDate('2007-03')).toBe('maart 2007');
    expect(formatPartialDate('2007')).toBe('2007');
    expect(formatPartialDate('2007-03-14', 'en')).toBe('14 March 2007');
    expect(formatPartialDate('2007-03', 'en')).toBe('March 2007');
  });
  it('leaves anything else as it is', () => {
    expect(formatPartialDate('ergens in de jaren negentig')).toBe('ergens in de jaren negentig');
  });
});
