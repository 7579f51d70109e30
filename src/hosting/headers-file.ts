import { fingerprintedPaths, immutable, permalinkHeaders, revalidate, securityHeaders } from './response-headers.ts';

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then its headers indented below it.
 * Both apply every rule that matches a path, and differ when two matching rules set the same header
 * (Cloudflare joins the values, Netlify's tools keep one), so no header is set by two rules that can match
 * one path: the security headers by `/*` alone, Cache-Control by patterns that do not overlap (the HTML
 * pages by their own patterns; other files keep the hosts' default, which revalidates).
 */
export function headersFile(sitePath: (path: string) => string): string {
  const rules: [string, Record<string, string>][] = [
    ['/*', securityHeaders],
    ...fingerprintedPaths.map((path): [string, Record<string, string>] => [path, immutable]),
    ['/', revalidate],
    ['/:page/', revalidate],
    ['/404.html', revalidate],
    ['/q/:id/', permalinkHeaders],
  ];
  const block = ([path, headers]: [string, Record<string, string>]) =>
    [sitePath(path), ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const title =
    '# Response headers for Netlify and Cloudflare Pages, written by the build (src/hosting/headers-file.ts).';
  return `${title}\n\n${rules.map(block).join('\n\n')}\n`;
}
