import { parseAllHeaders } from '@netlify/headers-parser';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { contentTypeOf } from '../../src/utils/mime-types.ts';

/**
 * A static server for dist/ that sends the headers and redirects a host would, read from the files the build
 * wrote for it and applied as that host documents:
 * - `netlify`: `_headers` and `_redirects` (Netlify, Cloudflare Pages), the headers parsed by Netlify's own
 *   parser. Every rule whose pattern matches adds its headers; the two hosts differ when two matching rules set
 *   one header, so that is recorded as a conflict. The first redirect that matches applies, with the request's
 *   query (Netlify documents it; Cloudflare's asset server does it); Netlify skips a rule where a file exists
 *   unless it is forced (`301!`), Cloudflare skips a forced one as invalid, and a redirect the two would send
 *   differently is a conflict too. A folder without its slash is redirected to it; a missing file gets /404.html.
 * - `azure`: `staticwebapp.config.json` (Azure Static Web Apps). The first matching route wins and its
 *   headers override the global ones, or it redirects (without the query, as the Static Web Apps CLI does:
 *   its documentation promises none); `trailingSlash: "auto"` adds the slash to folders and drops it from
 *   files; a missing file gets the 404 override; `mimeTypes` extend the content types.
 */
export type Host = 'netlify' | 'azure';

export interface HostServer {
  url: string;
  /** Headers that two matching rules of `_headers` both set, and redirects Netlify and Cloudflare would not share. */
  conflicts: string[];
  close: () => Promise<void>;
}

type Headers = Record<string, string>;
type Resolved = { file: string; status: number } | { redirect: string; status: number };

/** Overrides by name, whatever the case: `cache-control` replaces `Cache-Control`. */
const override = (base: Headers, over: Headers): Headers => {
  const result = Object.fromEntries(
    Object.entries(base).filter(
      ([name]) => !Object.keys(over).some((other) => other.toLowerCase() === name.toLowerCase()),
    ),
  );
  return { ...result, ...over };
};

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Where a request path lands in dir, with the trailing-slash rule both kinds of host follow for this site. */
function resolve(dir: string, path: string, notFound: string, status = 404): Resolved {
  const target = join(dir, path);
  if (path.endsWith('/')) {
    if (isFile(join(target, 'index.html'))) return { file: join(target, 'index.html'), status: 200 };
    if (path !== '/' && isFile(target.replace(/\/$/, ''))) return { redirect: path.replace(/\/$/, ''), status: 301 };
  } else if (isFile(target)) return { file: target, status: 200 };
  else if (isFile(join(target, 'index.html'))) return { redirect: `${path}/`, status: 301 };
  return { file: join(dir, notFound), status };
}

/**
 * A Static Web Apps route pattern: exact (a folder's `/x/index.html` matching `/x` and `/x/` too), or a `*` at the
 * end of a path with an optional extension filter (`/x/*.{a,b}`).
 */
function routeMatches(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  const folder = pattern.endsWith('/index.html') ? pattern.slice(0, -'index.html'.length) : undefined;
  if (star < 0) return pattern === path || (folder !== undefined && [folder, folder.slice(0, -1)].includes(path));
  const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
  if (!path.startsWith(prefix)) return false;
  if (suffix === '') return true;
  const extensions = /^\.\{(.+)\}$/
    .exec(suffix)?.[1]
    ?.split(',')
    .map((ext) => `.${ext}`) ?? [suffix];
  return extensions.some((ext) => path.endsWith(ext));
}

async function netlifyRules(dir: string) {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(dir, '_headers')],
    configHeaders: [],
    minimal: false,
  });
  if (errors.length > 0) throw new Error(`_headers does not parse: ${errors.map((error) => error.message).join('; ')}`);
  return headers as { for: string; forRegExp: RegExp; values: Headers }[];
}

interface RedirectRule {
  from: string;
  to: string;
  status: number;
  /** Netlify's `!` after the status: the rule applies even where a file exists. */
  forced: boolean;
}

/** The lines of `_redirects`, if any, each `from to status` (as both hosts read it, a status with an optional `!`). */
function redirectRules(dir: string): RedirectRule[] {
  if (!isFile(join(dir, '_redirects'))) return [];
  const lines = readFileSync(join(dir, '_redirects'), 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return [];
    const [from, to, status, ...rest] = line.trim().split(/\s+/);
    if (!from?.startsWith('/') || !to?.startsWith('/') || !/^3\d\d!?$/.test(status ?? '') || rest.length > 0)
      throw new Error(`_redirects line ${index + 1} is not "from to status" with a 3xx status: ${line}`);
    return [{ from, to, status: Number.parseInt(status!, 10), forced: status!.endsWith('!') }];
  });
}

/** Where a path is redirected by Netlify, or undefined: the first rule for it (with or without its slash). */
function netlifyRedirect(dir: string, rules: RedirectRule[], path: string) {
  const withoutSlash = (at: string) => at.replace(/(.)\/$/, '$1');
  const served = isFile(join(dir, path)) || isFile(join(dir, path, 'index.html'));
  return rules.find((rule) => withoutSlash(rule.from) === withoutSlash(path) && (rule.forced || !served));
}

/** Where a path is redirected by Cloudflare Pages, or undefined: the first valid rule for it, file or not. */
const cloudflareRedirect = (rules: RedirectRule[], path: string) =>
  rules.find((rule) => rule.from === path && !rule.forced && [301, 302, 303, 307, 308].includes(rule.status));

interface SwaRoute {
  route: string;
  headers?: Headers;
  redirect?: string;
  statusCode?: number;
}

/** `staticwebapp.config.json`, each redirect checked as Static Web Apps documents one: to a path, with 301 or 302. */
function staticWebAppConfig(dir: string) {
  const config = JSON.parse(readFileSync(join(dir, 'staticwebapp.config.json'), 'utf8')) as {
    globalHeaders: Headers;
    routes: SwaRoute[];
    responseOverrides: { '404': { rewrite: string; statusCode?: number } };
    trailingSlash: string;
    mimeTypes?: Headers;
  };
  for (const { route, redirect, statusCode } of config.routes) {
    if (redirect !== undefined && (!redirect.startsWith('/') || ![301, 302].includes(statusCode ?? 302)))
      throw new Error(`staticwebapp.config.json: route ${route} redirects to ${redirect} with ${statusCode}.`);
  }
  return config;
}

export async function serveAsHost(dir: string, host: Host): Promise<HostServer> {
  const conflicts: string[] = [];
  const rules = host === 'netlify' ? await netlifyRules(dir) : [];
  const redirects = host === 'netlify' ? redirectRules(dir) : [];
  const swa = host === 'azure' ? staticWebAppConfig(dir) : undefined;

  /** Where the host redirects a path, before looking for its file, if it does. */
  const redirectFor = (path: string, search: string): Resolved | undefined => {
    if (swa) {
      const route = swa.routes.find((candidate) => routeMatches(candidate.route, path));
      return route?.redirect === undefined ? undefined : { redirect: route.redirect, status: route.statusCode ?? 302 };
    }
    const [netlify, cloudflare] = [netlifyRedirect(dir, redirects, path), cloudflareRedirect(redirects, path)];
    if (netlify?.to !== cloudflare?.to || netlify?.status !== cloudflare?.status)
      conflicts.push(`${path}: Netlify redirects to ${netlify?.to}, Cloudflare Pages to ${cloudflare?.to}`);
    return netlify && { redirect: `${netlify.to}${search}`, status: netlify.status };
  };

  const headersFor = (path: string): Headers => {
    if (swa)
      return override(swa.globalHeaders, swa.routes.find((route) => routeMatches(route.route, path))?.headers ?? {});
    const headers: Headers = {};
    const setBy: Record<string, string> = {};
    for (const rule of rules.filter((candidate) => candidate.forRegExp.test(path))) {
      for (const [name, value] of Object.entries(rule.values)) {
        const key = name.toLowerCase();
        if (setBy[key]) conflicts.push(`${path}: ${name} is set by both ${setBy[key]} and ${rule.for}`);
        setBy[key] = rule.for;
        headers[name] = value;
      }
    }
    return headers;
  };

  const send = (response: ServerResponse, path: string, resolved: Resolved) => {
    const headers = headersFor(path);
    if ('redirect' in resolved) {
      response.writeHead(resolved.status, { ...headers, Location: resolved.redirect }).end();
      return;
    }
    const type = swa?.mimeTypes?.[extname(resolved.file)] ?? contentTypeOf(resolved.file);
    response.writeHead(resolved.status, { ...headers, 'Content-Type': type }).end(readFileSync(resolved.file));
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const path = decodeURIComponent(url.pathname);
    const redirect = redirectFor(path, url.search);
    if (redirect) send(response, path, redirect);
    else if (swa) {
      const notFound = swa.responseOverrides['404'];
      send(response, path, resolve(dir, path, notFound.rewrite, notFound.statusCode ?? 404));
    } else send(response, path, resolve(dir, path, '/404.html'));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    conflicts,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
