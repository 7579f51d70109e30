import { homePath, permalinkPath, searchPath } from '../settings/site-urls.ts';

// The only scripts a page carries inline, as the exact text it ships: the Content-Security-Policy allows each
// by the hash of this text (src/html/content-security-policy.ts), so the two cannot disagree. Everything else
// a page runs is a file of the site. Written small by hand: inline code counts toward what every page runs
// before search.

/**
 * Runs before first paint so a remembered theme never flashes the other one. It reads the theme
 * ThemeToggle.astro stores ('light' or 'dark') and sets it on <html data-theme>; again when the page is shown from
 * the browser's back-forward cache, where no script runs anew and the theme may have changed on another page since.
 */
export const themeScript =
  "const t=()=>{try{const t=localStorage.getItem('theme');" +
  "if(t=='light'||t=='dark')document.documentElement.dataset.theme=t}catch{}};t();addEventListener('pageshow',t)";

/**
 * On a redirect page (a permalink, a retired section's address): goes where the canonical link points, faster
 * than the meta refresh, and keeps the query (?highlight=…) that the refresh would drop, and the fragment
 * when the canonical link has none (`/<retired-section>/#<question>` goes on to `/<section>/#<question>`).
 */
export const permalinkRedirectScript =
  `const l=document.querySelector('link[rel="canonical"]'),u=l&&new URL(l.href);` +
  'if(u)location.replace(u.pathname+location.search+(u.hash||location.hash))';

/**
 * Speculation Rules (a JSON script, not code): browsers that support them prerender a page of the site as
 * soon as the reader shows intent to open it. Left out: permalinks (they only redirect) and search (it would
 * load its index).
 */
export const speculationRules = JSON.stringify({
  prerender: [
    {
      where: {
        and: [{ href_matches: `${homePath()}*` }, { not: { href_matches: [permalinkPath('*'), `${searchPath()}*`] } }],
      },
      eagerness: 'moderate',
    },
  ],
});
