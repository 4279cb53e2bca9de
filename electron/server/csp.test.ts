import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, REACT_ARIA_PRESS_STYLE, REACT_ARIA_PRESS_STYLE_HASH } from '../../shared/security/csp';

describe('content security policy', () => {
  it('allows exactly the style text React Aria injects, by its hash, and no other inline style', () => {
    const hash = `'sha256-${createHash('sha256').update(REACT_ARIA_PRESS_STYLE).digest('base64')}'`;
    expect(hash).toBe(REACT_ARIA_PRESS_STYLE_HASH);
    const policy = contentSecurityPolicy();
    expect(policy).toContain(`style-src 'self' ${hash}`);
    expect(policy).not.toContain('unsafe-inline');
  });
});
