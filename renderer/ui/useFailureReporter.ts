import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';
import { errorMessage } from './form-errors';
import { useToasts } from './Toasts';

/**
 * What happens to an action that failed, so that no failure is dropped. With `shownByForm`, an
 * API error is already on screen: the caller's form renders its mutation's error (field errors
 * and FormActions), so it is not shown twice. Everything else (a call made outside a mutation, a
 * bug in the page) becomes a toast and is logged.
 */
export function useFailureReporter(options: { shownByForm?: boolean } = {}): (error: unknown) => void {
  const { t } = useTranslation();
  const toasts = useToasts();
  const shownByForm = options.shownByForm ?? false;
  return useCallback(
    (error: unknown) => {
      if (shownByForm && error instanceof ApiCallError) return;
      console.error('[wijkgeheugen] action failed:', error);
      toasts.show(t('errors.actionFailed', { message: errorMessage(error) ?? '' }));
    },
    [shownByForm, t, toasts],
  );
}
