/**
 * This process's environment without Vitest's variables (NODE_ENV=test, TEST, VITEST…), for Astro started from a
 * test: seeing them, Astro behaves as under test, not as a writer's shell would run it.
 */
export const outsideVitest = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST'),
    ),
  );
