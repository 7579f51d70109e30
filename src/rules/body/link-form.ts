import { extname } from 'node:path';
import { filePathOf, urlKind } from '../../urls/url-kind.ts';
import type { BodyRule } from './body-rule.ts';

/** Schemes a link may use besides https: a mail address and a phone number. */
const SCHEMES = new Set(['https', 'mailto', 'tel']);

function problem(url: string): { message: string; hint: string } | undefined {
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
export const linkForm: BodyRule = ({ file, facts }) =>
  facts.links.flatMap(({ url, line }) => {
    const found = problem(url);
    return found ? [{ file: file.file, line, ...found }] : [];
  });
