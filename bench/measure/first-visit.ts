import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Served, StaticServer } from './static-server.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'fonts' | 'other';

export interface FirstVisitFigures {
  /** Bytes on the wire (gzip where a static host compresses), by kind, for a first visit with an empty cache. */
  bytes: Record<ResourceKind, number> & { total: number };
  requests: Served[];
  /** JavaScript the page runs before the reader touches search: fetched scripts plus inline ones, gzip. */
  jsBeforeSearch: { bytes: number; fetchedBytes: number; inlineBytes: number; files: string[] };
}

function kindOf(type: string): ResourceKind {
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('text/css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.startsWith('font/')) return 'fonts';
  return 'other';
}

/** Opens a page in a fresh browser context and counts everything it downloads until the network is idle. */
export async function measureFirstVisit(
  browser: Browser,
  server: StaticServer,
  path: string,
): Promise<FirstVisitFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    server.takeLog();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const requests = server.takeLog();
    const inlineScripts = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
        .map((script) => script.textContent ?? ''),
    );
    const bytes = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0 };
    for (const request of requests) {
      bytes[kindOf(request.type)] += request.bytes;
      bytes.total += request.bytes;
    }
    const scripts = requests.filter((request) => kindOf(request.type) === 'js');
    const fetchedBytes = scripts.reduce((sum, request) => sum + request.bytes, 0);
    const inlineBytes = inlineScripts.length > 0 ? gzipSync(inlineScripts.join('\n')).length : 0;
    return {
      bytes,
      requests,
      jsBeforeSearch: {
        bytes: fetchedBytes + inlineBytes,
        fetchedBytes,
        inlineBytes,
        files: scripts.map((request) => request.path),
      },
    };
  } finally {
    await context.close();
  }
}
