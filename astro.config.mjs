// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/** The site's public address; canonical URLs and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://medical-coding-planner.example';

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry a directive rolldown warns about once per file; it is harmless.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
