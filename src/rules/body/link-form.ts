import { extname } from 'node:path';
import { filePathOf, urlKind } from '../../urls/url-kind.ts';
import type { BodyRule } from './body-rule.ts';

/** Schemes a link may use besides https: a mail address and a phone number. */
const SCHEMES = new Set(['https', 'mailto', 'tel']);

/** The path of a link to the site's own address (`https://faq.example.org/q/sla/` → `/q/sla/`), if it is one. */
function sitePath(url: string, siteUrl: string | undefined): string | undefined {
  if (!siteUrl || !URL.canParse(url) || !URL.canParse(siteUrl)) return undefined;
  const target = new URL(url);
  const site = new URL(siteUrl);
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  if (target.host !== site.host || !`${target.pathname}/`.startsWith(base)) return undefined;
  return `/${target.pathname.slice(base.length)}${target.search}${target.hash}`;
}

function problem(url: string, siteUrl: string | undefined): { message: string; hint: string } | undefined {
  const path = sitePath(url, siteUrl);
  if (path !== undefined)
    return {
      message:
        `The link "${url}" leads to this site by its full address, which the build cannot check and a copy ` +
        'of the site at another address would not follow.',
      hint: `Write its path only: ${path}`,
    };
  const kind = urlKind(url);
  switch (kind.kind) {
    case 'empty':
      return {
        message: 'A link has no target.',
        hint: 'Put the address in the parentheses: [text](https://…) or [text](/q/<question-id>/).',
      };
    case 'protocol-relative':
      return { message: `The link "${url}" has no scheme.`, hint: `Write the full address: https:${url}` };
    case 'relative':
      return ['.md', '.mdx'].includes(extname(filePathOf(url)))
        ? {
            message: `The link "${url}" points at a content file, which is not a page of the site.`,
            hint: "Link the question's page instead: /q/<question-id>/ (the file name without .md).",
          }
        : {
            message: `The link "${url}" is relative, so it would lead somewhere else from each page that shows it.`,
            hint: 'Write links to this site from its root: /q/<question-id>/ or /<section-id>/.',
          };
    case 'absolute':
      if (SCHEMES.has(kind.scheme)) return undefined;
      if (kind.scheme === 'http')
        return {
          message: `The link "${url}" is not https.`,
          hint: `Use https://${url.slice(url.indexOf('//') + 2)} (check that the page exists there).`,
        };
      return {
        message: `The link "${url}" uses the ${kind.scheme}: scheme, which ${
          ['javascript', 'data', 'vbscript'].includes(kind.scheme)
            ? 'runs code or carries content instead of leading to a page'
            : "readers' browsers cannot follow"
        }.`,
        hint: 'Link to a page: https://…, /q/<question-id>/, or mailto: for an e-mail address.',
      };
    case 'site':
      return undefined;
  }
}

/**
 * Every link in a body (inline, reference, autolink, HTML or JSX `href`) is a form a reader's browser can follow
 * safely.
 */
export const linkForm: BodyRule = ({ file, facts, siteUrl }) =>
  facts.links.flatMap(({ url, line }) => {
    const found = problem(url, siteUrl);
    return found ? [{ file: file.file, line, ...found }] : [];
  });
