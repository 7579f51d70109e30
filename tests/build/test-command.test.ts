import { createServer, type Server } from 'node:net';
import { expect, it } from 'vitest';
import { runScript } from '../support/content-copy.ts';

// Ports apart from the ones npm test's own browser run uses, which may be running beside this test.
const E2E_PORT = 4671;

it('npm test stops before any layer when a server already holds a port the browser tests serve on', async () => {
  const server: Server = await new Promise((listening) => {
    const held = createServer().listen(E2E_PORT + 1, '127.0.0.1', () => listening(held));
  });
  try {
    const result = await runScript('test', 'tests/fixtures/site', ['site'], { E2E_PORT: String(E2E_PORT) });
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain(`Port ${E2E_PORT + 1} is in use`);
    expect(result.output).toContain('E2E_PORT=5321 npm test');
    expect(result.output).not.toContain('started');
  } finally {
    await new Promise((closed) => server.close(closed));
  }
});
