import { parseAllHeaders } from '@netlify/headers-parser';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { contentTypeOf } from '../../src/utils/mime-types.ts';

/**
 * A static server for dist/ that sends the headers a host would, read from the file the build wrote for it
 * and applied as that host documents:
 * - `netlify`: `_headers` (Netlify, Cloudflare Pages), parsed by Netlify's own parser. Every rule whose
 *   pattern matches adds its headers; the two hosts differ when two matching rules set one header, so that
 *   is recorded as a conflict. A folder without its slash is redirected to it; a missing file gets /404.html.
 * - `azure`: `staticwebapp.config.json` (Azure Static Web Apps). The first matching route wins and its
 *   headers override the global ones; `trailingSlash: "auto"` adds the slash to folders and drops it from
 *   files; a missing file gets the 404 override; `mimeTypes` extend the content types.
 */
export type Host = 'netlify' | 'azure';

export interface HostServer {
  url: string;
  /** Headers that two matching rules of `_headers` both set. */
  conflicts: string[];
  close: () => Promise<void>;
}

type Headers = Record<string, string>;
type Resolved = { file: string; status: number } | { redirect: string };

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
    if (path !== '/' && isFile(target.replace(/\/$/, ''))) return { redirect: path.replace(/\/$/, '') };
  } else if (isFile(target)) return { file: target, status: 200 };
  else if (isFile(join(target, 'index.html'))) return { redirect: `${path}/` };
  return { file: join(dir, notFound), status };
}

/**
 * A Static Web Apps route pattern: exact, or a `*` at the end of a path with an optional extension filter
 * (`/x/*.{a,b}`).
 */
function routeMatches(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === path;
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

export async function serveAsHost(dir: string, host: Host): Promise<HostServer> {
  const conflicts: string[] = [];
  const rules = host === 'netlify' ? await netlifyRules(dir) : [];
  const swa =
    host === 'azure'
      ? (JSON.parse(readFileSync(join(dir, 'staticwebapp.config.json'), 'utf8')) as {
          globalHeaders: Headers;
          routes: { route: string; headers?: Headers }[];
          responseOverrides: { '404': { rewrite: string; statusCode?: number } };
          trailingSlash: string;
          mimeTypes?: Headers;
        })
      : undefined;

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
      response.writeHead(301, { ...headers, Location: resolved.redirect }).end();
      return;
    }
    const type = swa?.mimeTypes?.[extname(resolved.file)] ?? contentTypeOf(resolved.file);
    response.writeHead(resolved.status, { ...headers, 'Content-Type': type }).end(readFileSync(resolved.file));
  };

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (swa) {
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
