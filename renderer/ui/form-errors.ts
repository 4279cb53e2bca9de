import i18next from 'i18next';
import { ApiCallError } from '../api/client';

/** Field errors from an error envelope, keyed by the first part of the path ("roles.0.to" -> "roles"). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.split('.')[0] ?? '';
    out[key] ??= issueText(issue);
  }
  return out;
}

/** One field's complaint in the interface's language when it is one of ours; zod's own text otherwise. */
/**
 * t() for keys made at run time (a reason's or a complaint's key from core): each is looked up
 * with exists() first, and form-errors.test.ts checks that every key core can give has a wording.
 */
const tDynamic = i18next.t.bind(i18next) as unknown as (key: string, options?: Record<string, unknown>) => string;

function issueText(issue: { message: string; key?: string | undefined; params?: Record<string, string | number> | undefined }): string {
  return issue.key && i18next.exists(`errors.validation.${issue.key}`) ? tDynamic(`errors.validation.${issue.key}`, issue.params ?? {}) : issue.message;
}

/**
 * Errors are worded here, in the interface's language. A form's complaint names its field and
 * what is wrong with it; every other error carries a reason (a key with its particulars), made
 * by core, the host client, browser mode's server or the transport alike (reasonedApiError).
 * Only an error from outside all of them (a bug, a browser failure) shows its own message.
 */
export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiCallError) {
    const first = error.code === 'invalid_input' ? error.issues[0] : undefined;
    if (first?.key && i18next.exists(`errors.validation.${first.key}`)) {
      const field = first.path.split('.')[0] ?? '';
      const name = field && i18next.exists(`team.fields.${field}`) ? tDynamic(`team.fields.${field}`) : field;
      return name ? i18next.t('errors.invalidField', { field: name, detail: issueText(first) }) : issueText(first);
    }
    if (error.reason && i18next.exists(`errors.reasons.${error.reason.key}`)) return tDynamic(`errors.reasons.${error.reason.key}`, error.reason.params);
  }
  return error instanceof Error ? error.message : String(error);
}
