import 'i18next';
import type { nl } from './nl';

/** Every key passed to t() is checked against the Dutch table (English has the same shape). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
