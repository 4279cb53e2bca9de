import { describe, expect, it } from 'vitest';
import { flatHtml, nestedHtml } from '../../test-support/hostile-files';
import { importHtml, MAX_HTML_DEPTH } from './html';

describe('hostile HTML', () => {
  it('refuses a million nested elements at once instead of parsing for minutes', () => {
    // Before the limit, 200,000 nested <div> took 23 s and a million did not finish in 5 minutes.
    expect(() => importHtml('diep.html', nestedHtml(1_000_000))).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('te diep genest') }));
  });

  it('refuses a million flat elements as too large', () => {
    expect(() => importHtml('breed.html', flatHtml(1_000_000))).toThrow(expect.objectContaining({ code: 'too_large' }));
  });

  it('still reads nesting as deep as real pages have it', () => {
    const doc = importHtml('gewoon.html', nestedHtml(MAX_HTML_DEPTH - 10));
    expect(doc.text).toBe('diep');
  });
});
