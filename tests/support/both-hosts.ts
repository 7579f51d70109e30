import { expect, test } from '@playwright/test';
import { serveAsHost, type HostServer } from './host-server.ts';

/**
 * Serves a build as Netlify and as Azure Static Web Apps for the tests of the block it is called in, and checks
 * when they end that no header is set by two rules that match one path. The servers exist once the tests run.
 */
export function servedByBothHosts(dir: string): { netlify: HostServer; azure: HostServer } {
  const servers = {} as { netlify: HostServer; azure: HostServer };
  test.beforeAll(async () => {
    [servers.netlify, servers.azure] = await Promise.all([serveAsHost(dir, 'netlify'), serveAsHost(dir, 'azure')]);
  });
  test.afterAll(async () => {
    expect(servers.netlify.conflicts, 'no header is set by two rules that match one path').toEqual([]);
    await Promise.all([servers.netlify.close(), servers.azure.close()]);
  });
  return servers;
}
