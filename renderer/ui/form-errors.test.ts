import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError } from '../api/client';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { ERROR_REASONS } from '../../shared/api/errors';
import { VALIDATION, type ValidationKey } from '../../shared/api/validation-messages';
import { fieldErrors } from './form-errors';
import { errorMessage } from './form-errors';

beforeAll(async () => {
  await i18next.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'en', fallbackLng: 'nl', interpolation: { escapeValue: false } });
});

describe('errorMessage', () => {
  it('words an error by its code in the interface’s language where the code says it all', async () => {
    const error = new ApiCallError({ code: 'team_unreachable', message: 'De teamserver postgres://anna@x is niet bereikbaar (ECONNREFUSED).' });
    expect(errorMessage(error)).toBe('The team server cannot be reached. You keep working; your changes go along with the next sync.');
    await i18next.changeLanguage('nl');
    expect(errorMessage(error)).toMatch(/^De teamserver is niet bereikbaar/);
    await i18next.changeLanguage('en');
  });
  it('keeps core’s sentence where it carries specifics', () => {
    expect(errorMessage(new ApiCallError({ code: 'invalid_input', message: 'Titel is verplicht' }))).toBe('Titel is verplicht');
  });
  it('words an error by its reason and particulars, in English as in Dutch', async () => {
    const error = new ApiCallError({
      code: 'too_large',
      message: 'verslag.pdf is 80 MB; de grens is 50 MB.',
      reason: { key: 'fileTooLarge', params: { name: 'verslag.pdf', mb: 80, limitMb: 50 } },
    });
    expect(errorMessage(error)).toBe('verslag.pdf is 80 MB; the limit is 50 MB.');
    await i18next.changeLanguage('nl');
    expect(errorMessage(error)).toBe('verslag.pdf is 80 MB; de grens is 50 MB.');
    await i18next.changeLanguage('en');
  });
  it('has a wording in both languages for every reason core can give', () => {
    for (const key of ERROR_REASONS) {
      expect(i18next.exists(`errors.reasons.${key}`, { lng: 'nl', fallbackLng: false }), `nl ${key}`).toBe(true);
      expect(i18next.exists(`errors.reasons.${key}`, { lng: 'en', fallbackLng: false }), `en ${key}`).toBe(true);
    }
  });
  it('words the schemas’ own complaints in English, per field and as the form’s message', () => {
    const error = new ApiCallError({
      code: 'invalid_input',
      message: `Ongeldige invoer bij roles.0.to: ${VALIDATION.endBeforeStart}`,
      issues: [{ path: 'roles.0.to', message: VALIDATION.endBeforeStart, key: 'endBeforeStart' }],
    });
    expect(fieldErrors(error)).toEqual({ roles: 'The end date is before the start date' });
    expect(errorMessage(error)).toBe('roles: The end date is before the start date');
    const titled = new ApiCallError({ code: 'invalid_input', message: 'x', issues: [{ path: 'title', message: VALIDATION.required, key: 'required' }] });
    expect(errorMessage(titled)).toBe('title: Must not be empty');
  });
  it('has a wording in both languages for every complaint of the schemas', () => {
    for (const key of Object.keys(VALIDATION) as ValidationKey[]) {
      expect(i18next.exists(`errors.validation.${key}`, { lng: 'en', fallbackLng: false }), key).toBe(true);
      expect(i18next.t(`errors.validation.${key}`, { lng: 'nl' }), key).toBe(VALIDATION[key]);
    }
  });
});
