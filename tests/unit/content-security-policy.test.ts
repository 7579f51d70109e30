import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from '../../src/html/content-security-policy.ts';
import { permalinkRedirectScript, speculationRules, themeScript } from '../../src/html/inline-scripts.ts';
import { securityHeaders } from '../../src/hosting/response-headers.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

it('allows no inline code or style but the site’s own inline scripts, by the hash of their text', () => {
  expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  expect(directive(contentSecurityPolicy, 'style-src')).toBe("style-src 'self'");
  const hashes = [themeScript, permalinkRedirectScript, speculationRules].map(
    (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
  expect(directive(contentSecurityPolicy, 'script-src')).toBe(
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  );
  expect(directive(contentSecurityPolicy, 'object-src')).toBe("object-src 'none'");
});

it('is one policy for the meta tag and the headers, which add what only a header can say', () => {
  expect(contentSecurityPolicyHeader).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
  expect(contentSecurityPolicy).not.toContain('frame-ancestors');
  expect(securityHeaders['Content-Security-Policy']).toBe(contentSecurityPolicyHeader);
});
