import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './external-links';

describe('external links', () => {
  it('lets only http(s) and mailto through', () => {
    expect(isSafeExternalUrl('https://www.platform31.nl/')).toBe(true);
    expect(isSafeExternalUrl('mailto:onderzoek@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'ms-msdt:/id', '/relative', 'data:text/html,x']) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });
});
