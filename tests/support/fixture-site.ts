/** The fixture site: tests/fixtures/site built and served beside the real one, for behaviour the real content cannot show. */
export const fixtureSite = {
  contentDir: 'tests/fixtures/site',
  outDir: '.fixture-dist/site',
  port: 4322,
  url: 'http://127.0.0.1:4322',
};
