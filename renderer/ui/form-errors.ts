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

export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  return error instanceof Error ? error.message : String(error);
}
