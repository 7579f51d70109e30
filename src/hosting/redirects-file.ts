/** A permanent redirect: from an address of the site to another, both as served (with the base path). */
export type Redirect = [from: string, to: string];

/**
 * The `_redirects` file of Netlify and Cloudflare Pages: `from to status` on each line, the first line that matches
 * applies. Each address gets two lines, since the two hosts differ where a file exists there (the page kept for
 * other hosts): Netlify serves the file unless the rule is forced (`301!`), while Cloudflare always redirects and
 * skips a status with `!` as invalid, so it applies the second line. Both pass the query on, and the browser keeps
 * the fragment.
 */
export function redirectsFile(redirects: Redirect[]): string {
  const title = [
    '# Redirects for Netlify and Cloudflare Pages, written by the build (src/hosting/redirects-file.ts).',
    '# Netlify applies the forced line (301!); Cloudflare Pages skips it as invalid and applies the next one.',
  ];
  const lines = redirects.flatMap(([from, to]) => [`${from} ${to} 301!`, `${from} ${to} 301`]);
  return `${[...title, '', ...lines].join('\n')}\n`;
}
