import { type ErrorReason, type ReasonParams, wordReasonNl } from './error-reasons';
import type { ValidationKey } from './validation-messages';
/** The envelope every channel returns, over IPC and HTTP alike. */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_channel',
  'too_large',
  'unsupported',
  'library_too_new',
  'not_a_library',
  'cancelled',
  /** The process that keeps the library stopped; it is being restarted, or gave up. */
  'host_unavailable',
  /** A restore was interrupted and cannot be finished; the message says where the state before it was kept. */
  'restore_incomplete',
  /** The team server cannot be reached (offline, stopped, wrong address); work goes on locally. */
  'team_unreachable',
  /** The team server refused the role or password. */
  'team_auth',
  /** The team server's schema is newer than this version knows: update the app. */
  'team_schema_newer',
  /** The team server has no team library yet, an older one, or no team of that name for this role. */
  'team_not_ready',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export { ERROR_REASONS, type ErrorReason, type ReasonParams } from './error-reasons';

export interface ApiError {
  code: ErrorCode;
  message: string;
  reason?: { key: ErrorReason; params: ReasonParams };
  /** Which fields were wrong, for forms; present with invalid_input. `key` names one of our own complaints (validation-messages.ts). */
  issues?: { path: string; message: string; key?: ValidationKey; params?: ReasonParams }[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * An envelope's error with its reason: the message is the reason's Dutch wording (core's, for
 * logs and the CLI), with technical particulars after it; the window words the reason itself.
 * Core's AppError, the host client, browser mode's server and the IPC guard all make theirs here.
 */
export function reasonedApiError(code: ErrorCode, key: ErrorReason, params: ReasonParams = {}, detail?: string): ApiError {
  const sentence = wordReasonNl(key, params);
  return { code, message: detail ? `${sentence} (${detail})` : sentence, reason: { key, params } };
}
