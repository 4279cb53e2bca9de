import { describe, expect, it } from 'vitest';
import { isWebOrMailUrl, parseUrl } from './parse-url';

describe('addresses', () => {
  it('lets only http(s) and mailto through, for links in notes and links leaving the app', () => {
    expect(isWebOrMailUrl('https://www.platform31.nl/')).toBe(true);
    expect(isWebOrMailUrl('mailto:onderzoek@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'ms-msdt:/id', '/relative', 'data:text/html,x']) {
      expect(isWebOrMailUrl(bad), bad).toBe(false);
    }
  });
  it('reads an absolute URL and answers null for anything else', () => {
    expect(parseUrl('postgres://anna@server:5432/wijk')?.username).toBe('anna');
    for (const notOne of ['', '/relative', 'geen adres', 'http://[::1']) expect(parseUrl(notOne), notOne).toBeNull();
  });
});
