import { describe, expect, it } from 'vitest';
import { normalizeBase, siteAddress } from '../../src/settings/site-address.ts';

describe('BASE_PATH', () => {
  it.each([
    ['/aks-faq', '/aks-faq/'],
    ['aks-faq/', '/aks-faq/'],
    ['/aks-faq/', '/aks-faq/'],
    ['//docs//faq', '/docs/faq/'],
    ['/', '/'],
    ['', '/'],
  ])('%j is served as %j', (given, base) => expect(normalizeBase(given)).toBe(base));

  it.each(['/../etc/', '/a b/', '/faq?x=1', '/faq#top', '/%2e%2e/'])(
    'refuses %j, which is not a plain path',
    (given) => {
      expect(() => normalizeBase(given)).toThrow(/BASE_PATH ".*" is not a plain path/);
    },
  );

  it.each(['https://contoso.example.com/docs/faq', 'C:/faq/'])('refuses %j, which is no path', (given) => {
    expect(() => normalizeBase(given)).toThrow(/BASE_PATH ".*" is a full address/);
  });
});

describe('the site address', () => {
  const json = 'https://aks-faq.example.org';

  it('is site.json’s url when nothing overrides it', () => {
    expect(siteAddress(json, {})).toEqual({ origin: 'https://aks-faq.example.org', base: '/' });
  });

  it('takes SITE_URL over site.json, and the path of either as the base path', () => {
    expect(siteAddress(json, { SITE_URL: 'https://faq.example.com' })).toEqual({
      origin: 'https://faq.example.com',
      base: '/',
    });
    expect(siteAddress(json, { SITE_URL: 'https://owner.github.io/repo' })).toEqual({
      origin: 'https://owner.github.io',
      base: '/repo/',
    });
    expect(siteAddress('https://example.org/faq/', {})).toEqual({ origin: 'https://example.org', base: '/faq/' });
  });

  it('takes BASE_PATH over the path of the URL, and ignores empty values as a shell leaves them', () => {
    expect(siteAddress(json, { BASE_PATH: 'aks-faq' })).toEqual({
      origin: 'https://aks-faq.example.org',
      base: '/aks-faq/',
    });
    expect(siteAddress('https://owner.github.io/repo', { SITE_URL: '', BASE_PATH: '/other/' })).toEqual({
      origin: 'https://owner.github.io',
      base: '/other/',
    });
    expect(siteAddress('https://owner.github.io/repo', { SITE_URL: ' ', BASE_PATH: '' })).toEqual({
      origin: 'https://owner.github.io',
      base: '/repo/',
    });
  });

  it.each(['faq.example.com', 'ftp://faq.example.com', 'https://faq.example.com/?x=1'])(
    'refuses SITE_URL=%j with the fix',
    (url) => {
      expect(() => siteAddress(json, { SITE_URL: url })).toThrow(/SITE_URL ".*" is not the address of a site/);
    },
  );
});
