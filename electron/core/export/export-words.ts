import type { Stance } from '../../../shared/api/quotes';
import { type DateLanguage, formatPartialDate } from '../../../shared/dates/format-partial-date';

/**
 * The few fixed words an exported file holds, in the language of the interface that made it
 * (the file is read by people, in the researcher's language; the library's own text is as typed).
 */
export interface ExportWords {
  language: DateLanguage;
  also: string;
  speakerUnknown: string;
  dateUnknown: string;
  /** A stance said in words a reader understands; nothing for plain support, which the heading already says. */
  stance: Record<Stance, string | null>;
  compiled(date: string): string;
  page(n: number, of: number): string;
  date(value: string | null): string | null;
}

const date = (language: DateLanguage) => (value: string | null) => (value ? formatPartialDate(value, language) : null);

export const EXPORT_WORDS: Record<DateLanguage, ExportWords> = {
  nl: {
    language: 'nl',
    also: 'Ook',
    speakerUnknown: 'Spreker niet genoemd',
    dateUnknown: 'datum onbekend',
    stance: { supports: null, nuances: 'nuanceert deze les', challenges: 'spreekt deze les tegen' },
    compiled: (day) => `Samengesteld met Wijkgeheugen, ${formatPartialDate(day, 'nl')}.`,
    page: (n, of) => `Pagina ${n} van ${of}`,
    date: date('nl'),
  },
  en: {
    language: 'en',
    also: 'Also',
    speakerUnknown: 'Speaker not named',
    dateUnknown: 'date unknown',
    stance: { supports: null, nuances: 'qualifies this lesson', challenges: 'contradicts this lesson' },
    compiled: (day) => `Compiled with Wijkgeheugen, ${formatPartialDate(day, 'en')}.`,
    page: (n, of) => `Page ${n} of ${of}`,
    date: date('en'),
  },
};
