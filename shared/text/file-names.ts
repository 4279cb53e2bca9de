/**
 * A safe file name from a title: no path separators or traversal, no control or reserved
 * characters, not a reserved device name (CON, NUL, COM1…), no trailing dots or spaces, bounded.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function safeFileName(title: string, extension: string, fallback = 'export'): string {
  let base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  if (!base || RESERVED.test(base)) base = base ? `${base}-bestand` : fallback;
  return `${base}.${extension}`;
}

/** A Content-Disposition header that carries any file name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
