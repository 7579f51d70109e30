/** The fixture site: tests/fixtures/site built and served beside the real one, for behaviour the real content cannot show. */
const port = Number(process.env.E2E_PORT ?? 4321) + 1;

export const fixtureSite = {
  contentDir: 'tests/fixtures/site',
  outDir: '.fixture-dist/site',
  port,
  url: `http://127.0.0.1:${port}`,
};
