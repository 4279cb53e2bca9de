/** One place for "now", so timestamps have one format: ISO 8601 in UTC with milliseconds. */
export function nowIso(): string {
  return new Date().toISOString();
}
