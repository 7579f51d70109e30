import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from '../../src/utils/mime-types.ts';

/** One response the server sent: what a visitor's browser downloaded. */
export interface Served {
  path: string;
  type: string;
  /** Body bytes on the wire (after gzip when the type is compressible). */
  bytes: number;
}

// Static hosts compress text; Pagefind's own index files (.pagefind, .pf_*) are gzip already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

export interface StaticServer {
  url: string;
  /** Responses since the last call, oldest first. */
  takeLog(): Served[];
  close(): Promise<void>;
}

function fileFor(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Serves a built site the way a static host does (index.html for folders, 404.html, gzip for text when the
 * browser accepts it) and logs what it sent, so page weight is counted in bytes on the wire.
 */
export function startStaticServer(root: string): Promise<StaticServer> {
  let log: Served[] = [];
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const found = fileFor(root, urlPath);
    const file = found ?? join(root, '404.html');
    const ext = extname(file);
    const type = contentTypeOf(file);
    response.statusCode = found ? 200 : 404;
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', 'public, max-age=600');
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(await readFile(file));
        gzipped.set(file, body);
      }
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Content-Length', body.length);
      log.push({ path: urlPath, type, bytes: body.length });
      response.end(body);
      return;
    }
    const { size } = statSync(file);
    response.setHeader('Content-Length', size);
    log.push({ path: urlPath, type, bytes: size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        takeLog() {
          const taken = log;
          log = [];
          return taken;
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
