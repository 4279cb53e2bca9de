import { AppError } from '../errors';

/** Strict UTF-8: a file with invalid bytes is refused rather than stored with replacement marks. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid_input', 'notUtf8', { name: fileName });
  }
  // NUL and most control characters mean a binary file, whatever its name says.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 0 && controls / Math.max(1, text.length) > 0.0001) {
    throw new AppError('invalid_input', 'binaryText', { name: fileName });
  }
  return normalizeNewlines(text.replace(/^\uFEFF/, ''));
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Collapses runs of blank lines and trailing spaces, so the canonical text is stable. */
export function tidyText(text: string): string {
  return normalizeNewlines(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/[ \t\u00a0]{2,}/g, ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
