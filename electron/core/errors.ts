import type { ApiError, ErrorCode } from '../../shared/api/errors';

/** An error meant for the user: it travels to the UI as { code, message } in the envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiError['issues'];

  constructor(code: ErrorCode, message: string, issues?: ApiError['issues']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toApiError(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', `${what} ${id} bestaat niet (of ligt in de prullenbak)`);
