/**
 * A corpus of hostile files for the tests, generated rather than stored: deeply nested and
 * enormous HTML, and zip archives whose headers lie about their contents.
 */
export function nestedHtml(depth: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<div>'.repeat(depth)}diep${'</div>'.repeat(depth)}</body></html>`);
}

export function flatHtml(elements: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<span>x</span>'.repeat(elements)}</body></html>`);
}
