import { useTranslation } from 'react-i18next';
import { type DateLanguage, formatPartialDate } from '../../shared/dates/format-partial-date';

/** The language dates (and exports) are written in: the interface's, where we have one. */
export function dateLanguage(language: string): DateLanguage {
  return language === 'en' ? 'en' : 'nl';
}

/** Writes a partial date as a person does ("14 maart 2007", "2007"), in the interface's language. */
export function useFormatDate(): (value: string) => string {
  const { i18n } = useTranslation();
  const language = dateLanguage(i18n.language);
  return (value) => formatPartialDate(value, language);
}
