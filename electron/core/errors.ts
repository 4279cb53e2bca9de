import type { ApiError, ErrorCode, ErrorReason, ReasonParams } from '../../shared/api/errors';

/**
 * An error meant for the user: it travels to the UI as { code, message, reason } in the envelope.
 * The message is core's Dutch sentence (logs, CLI); the reason lets the window say it in its own
 * language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiError['issues'];
  readonly reason: ApiError['reason'];

  constructor(code: ErrorCode, message: string, issues?: ApiError['issues'], reason?: { key: ErrorReason; params?: ReasonParams }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    this.reason = reason ? { key: reason.key, params: reason.params ?? {} } : undefined;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}), ...(this.reason ? { reason: this.reason } : {}) };
  }
}

/** The AppError an envelope's error came from (across a worker or process boundary), with everything it carried. */
export function fromApiError(error: ApiError): AppError {
  return new AppError(error.code, error.message, error.issues, error.reason);
}

/** An AppError with a reason the window words in its own language. */
export function reasoned(code: ErrorCode, message: string, key: ErrorReason, params: ReasonParams = {}): AppError {
  return new AppError(code, message, undefined, { key, params });
}

export const notFound = (what: string, id: string) => reasoned('not_found', `${what} ${id} bestaat niet (of ligt in de prullenbak)`, 'notFound');
