import i18next from 'i18next';
import { ApiCallError } from '../api/client';

/** Field errors from an error envelope, keyed by the first part of the path ("roles.0.to" -> "roles"). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.split('.')[0] ?? '';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Errors whose code says all there is to say are worded here, in the interface's language; the
 * others still carry core's (Dutch) sentence with its specifics (see the note on issue 9).
 */
const WORDED_BY_CODE = new Set(['team_unreachable', 'team_auth', 'team_schema_newer', 'team_not_ready', 'host_unavailable', 'library_too_new', 'cancelled']);

export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiCallError && WORDED_BY_CODE.has(error.code) && i18next.exists(`errors.${error.code}`)) return i18next.t(`errors.${error.code}`);
  return error instanceof Error ? error.message : String(error);
}
