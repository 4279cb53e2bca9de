import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError } from '../api/client';
import { reasonedApiError } from '../../shared/api/errors';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { ERROR_REASONS, placeholdersOf, REASONS_NL, wordReasonNl } from '../../shared/api/error-reasons';
import { VALIDATION, VALIDATION_NL, type ValidationKey } from '../../shared/api/validation-messages';
import { fieldErrors } from './form-errors';
import { errorMessage } from './form-errors';

beforeAll(async () => {
  await i18next.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'en', fallbackLng: 'nl', interpolation: { escapeValue: false } });
});

describe('errorMessage', () => {
  it('words every error by its reason and particulars, in English as in Dutch', async () => {
    const error = new ApiCallError({
      code: 'team_unreachable',
      message: 'De teamserver postgres://anna@x is niet bereikbaar. … (ECONNREFUSED)',
      reason: { key: 'teamUnreachable', params: { server: 'postgres://anna@x' } },
    });
    expect(errorMessage(error)).toBe('The team server postgres://anna@x cannot be reached. You keep working; your changes go along with the next sync.');
    await i18next.changeLanguage('nl');
    expect(errorMessage(error)).toBe(wordReasonNl('teamUnreachable', { server: 'postgres://anna@x' }));
    await i18next.changeLanguage('en');
  });
  it('formats numbers in the particulars for the interface’s language', async () => {
    const error = new ApiCallError({ code: 'too_large', message: 'x', reason: { key: 'tooManyReferences', params: { name: 'z.bib', max: 50000 } } });
    expect(errorMessage(error)).toBe('z.bib holds more than 50,000 references.');
    await i18next.changeLanguage('nl');
    expect(errorMessage(error)).toBe('z.bib bevat meer dan 50.000 verwijzingen.');
    await i18next.changeLanguage('en');
  });
  it('words a failure of the library’s process, made by the host client, by its reason too', () => {
    expect(errorMessage(new ApiCallError(reasonedApiError('host_unavailable', 'hostRestarting')))).toMatch(/^The library/);
  });
  it('has a wording in both languages for every reason core can give, with the same placeholders', () => {
    for (const key of ERROR_REASONS) {
      expect(i18next.exists(`errors.reasons.${key}`, { lng: 'en', fallbackLng: false }), `en ${key}`).toBe(true);
      expect(placeholdersOf(en.errors.reasons[key]), key).toEqual(placeholdersOf(REASONS_NL[key]));
      if (!REASONS_NL[key].includes('{{')) expect(i18next.getFixedT('nl')(`errors.reasons.${key}` as 'errors.reasons.notFound'), key).toBe(REASONS_NL[key]);
    }
  });
  it('words the schemas’ own complaints in English, per field and as the form’s message', () => {
    const error = new ApiCallError({
      code: 'invalid_input',
      message: `Ongeldige invoer bij roles.0.to.`,
      reason: { key: 'invalidInput', params: { path: 'roles.0.to' } },
      issues: [{ path: 'roles.0.to', message: VALIDATION.endBeforeStart, key: 'endBeforeStart' }],
    });
    expect(fieldErrors(error)).toEqual({ roles: 'The end date is before the start date' });
    expect(errorMessage(error)).toBe('roles: The end date is before the start date');
    const titled = new ApiCallError({ code: 'invalid_input', message: 'x', issues: [{ path: 'title', message: VALIDATION.required, key: 'required' }] });
    expect(errorMessage(titled)).toBe('title: Must not be empty');
  });
  it('words zod’s own complaints by their code and particulars', async () => {
    const error = new ApiCallError({ code: 'invalid_input', message: 'x', issues: [{ path: 'title', message: 'Hoogstens 500 tekens', key: 'tooLong', params: { max: 500 } }] });
    expect(errorMessage(error)).toBe('title: At most 500 characters');
    await i18next.changeLanguage('nl');
    expect(errorMessage(error)).toBe('titel: Hoogstens 500 tekens');
    await i18next.changeLanguage('en');
  });
  it('has a wording in both languages for every complaint of the schemas', () => {
    for (const key of Object.keys(VALIDATION_NL) as ValidationKey[]) {
      expect(i18next.exists(`errors.validation.${key}`, { lng: 'en', fallbackLng: false }), key).toBe(true);
      expect(placeholdersOf(en.errors.validation[key]), key).toEqual(placeholdersOf(VALIDATION_NL[key]));
    }
    for (const key of Object.keys(VALIDATION) as (keyof typeof VALIDATION)[]) expect(i18next.t(`errors.validation.${key}`, { lng: 'nl' }), key).toBe(VALIDATION[key]);
  });
});
