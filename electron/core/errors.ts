import type { ErrorReason, ReasonParams } from '../../shared/api/error-reasons';
import { type ApiError, type ErrorCode, reasonedApiError } from '../../shared/api/errors';

interface AppErrorOptions {
  issues?: ApiError['issues'];
  /** Technical particulars for logs and the CLI (a library's own message, an id); never shown as the window's sentence. */
  detail?: string;
  /** The whole message as it was, for an error that crossed a process boundary. */
  message?: string;
}

/**
 * An error meant for the user: it travels to the UI as { code, message, reason } in the envelope.
 * Every one has a reason (a key and its particulars) that the window words in its own language;
 * the message is the same reason in Dutch, core's language, for logs and the CLI.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiError['issues'];
  readonly reason: { key: ErrorReason; params: ReasonParams };

  constructor(code: ErrorCode, key: ErrorReason, params: ReasonParams = {}, options: AppErrorOptions = {}) {
    super(options.message ?? reasonedApiError(code, key, params, options.detail).message);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues;
    this.reason = { key, params };
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, reason: this.reason, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** The AppError an envelope's error came from (across a worker or process boundary), with everything it carried. */
export function fromApiError(error: ApiError): AppError {
  const reason = error.reason ?? { key: 'internal' as const, params: {} };
  return new AppError(error.code, reason.key, reason.params, { message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
}

/** A third party's message, for an error's detail. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const notFound = (what: string, id: string) => new AppError('not_found', 'notFound', {}, { detail: `${what} ${id}` });
