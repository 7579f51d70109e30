import { expect } from '@playwright/test';

/** The headers that must be the same whichever host serves a path. */
const securityHeaders = ['content-security-policy', 'x-content-type-options', 'strict-transport-security'];

/**
 * Checks, softly (a failure lets the test go on), the headers a page was served with against the policy of its
 * meta tag: the same policy plus `frame-ancestors`, which only a header can say, no unsafe source, and the
 * `nosniff` and HSTS headers.
 */
export function expectHeadersOfPolicy(headers: Record<string, string>, metaPolicy: string | null, path: string) {
  const policy = headers['content-security-policy'] ?? '';
  expect.soft(policy, path).toContain("frame-ancestors 'none'");
  expect.soft(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect.soft(headers['x-content-type-options'], path).toBe('nosniff');
  expect.soft(headers['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
  expect.soft(metaPolicy, `the meta tag of ${path}`).toBe(policy.replace("; frame-ancestors 'none'", ''));
}

/** Checks, softly, that another host sends a path the same security headers. */
export function expectSameHeaders(headers: Record<string, string>, other: Record<string, string>, what: string) {
  for (const name of securityHeaders) expect.soft(other[name], `${name} of ${what}`).toBe(headers[name]);
}
