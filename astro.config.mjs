// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/lib/content-check/astro-integration.ts';

/**
 * Astro's MDX output starts with the marker "use astro:head-inject", which Astro reads before
 * bundling; the bundler then warns that it may drop the marker, which is harmless
 * (withastro/astro#18087). Only that one warning is left out; every other one is shown.
 * @type {(warning: { code?: string, message: string }) => boolean}
 */
const isHeadInjectDirectiveWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject');

export default defineConfig({
  // Set SITE_URL when deploying, so hreflang alternates become absolute addresses.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  integrations: [contentCheck(process.env.CONTENT_DIR ?? 'content'), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
        },
      },
    },
  },
});
