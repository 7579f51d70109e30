import { AstroError } from 'astro/errors';

/** Where the built site is served: the origin its absolute URLs start with, and the path it lives under. */
export interface SiteAddress {
  /** Scheme, host and port, without a path: `https://owner.github.io`. */
  origin: string;
  /** The path every page is under, with a slash at both ends: `/` or `/aks-faq/`. */
  base: string;
}

/** The environment variables that override site.json at build time. */
export interface AddressOverrides {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

/** `/aks-faq`, `aks-faq/`, `/aks-faq/` all give `/aks-faq/`; an empty value or `/` gives `/`. */
export function normalizeBase(path: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path.trim()))
    throw new AstroError(
      `BASE_PATH "${path}" is a full address (or a drive's path), not the path the site is served under.`,
      'Put an address in SITE_URL (its path becomes the base path), or give BASE_PATH the path alone: /aks-faq/.',
    );
  const segments = path.split('/').filter(Boolean);
  const bad = segments.find((segment) => segment === '.' || segment === '..' || /[?#\\\s%]/.test(segment));
  if (bad !== undefined) {
    throw new AstroError(
      `BASE_PATH "${path}" is not a plain path: "${bad}" cannot be part of it.`,
      'Set BASE_PATH to the folder the site is served from, such as /aks-faq/, or leave it unset for the root.',
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function parseSiteUrl(url: string, from: string): URL {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
    throw new AstroError(
      `${from} "${url}" is not the address of a site.`,
      'Give the full address the site is served from, such as https://faq.example.com or https://owner.github.io/repo/.',
    );
  }
  return parsed;
}

/**
 * The site's address: SITE_URL over site.json's `url`, and BASE_PATH over the path of that URL. So
 * `SITE_URL=https://owner.github.io/repo` alone serves the site under `/repo/`, as does `BASE_PATH=/repo/`.
 */
export function siteAddress(configuredUrl: string, overrides: AddressOverrides): SiteAddress {
  const siteUrl = overrides.SITE_URL?.trim();
  const url = siteUrl ? parseSiteUrl(siteUrl, 'SITE_URL') : parseSiteUrl(configuredUrl, 'The url of site.json');
  const basePath = overrides.BASE_PATH?.trim();
  return { origin: url.origin, base: normalizeBase(basePath ? basePath : url.pathname) };
}
