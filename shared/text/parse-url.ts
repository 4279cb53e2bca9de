/**
 * A text as an absolute URL, or null when it is not one. `new URL` throws on anything that is
 * not an absolute URL; that throw is the answer "not a URL", with nothing further to report, so
 * it is taken here once instead of by a try/catch in every check of an address.
 */
export function parseUrl(text: string): URL | null {
  return URL.canParse(text) ? new URL(text) : null;
}

/** Web and mail links: the only ones a note may hold and the only ones that leave the app. */
export function isWebOrMailUrl(text: string): boolean {
  const url = parseUrl(text);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:');
}
