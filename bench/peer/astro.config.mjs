// The peer the benchmark builds beside this site (bench/measure/peer-build.ts): a Starlight site of the
// same questions. Its pages are written into src/content/docs/ before each build.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://peer.example.org',
  integrations: [starlight({ title: 'Peer FAQ' })],
});
