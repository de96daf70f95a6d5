// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCache } from './src/lib/content-cache/astro-integration.ts';
import { liveSearchStringsOfAllLocales } from './src/components/search/live-search-strings.ts';
import { contentCheck } from './src/lib/content-check/astro-integration.ts';
import { deployFiles } from './src/lib/deploy/astro-integration.ts';
import { openWeb } from './src/lib/open-data/astro-integration.ts';
import { readPublicAddress } from './src/lib/open-data/public-address.ts';

/**
 * The public address of the site: the one setting for every absolute address (canonical links,
 * hreflang, Open Graph, sitemap, robots.txt, feeds, data files). Set SITE_URL when building for
 * the web; without it the build still writes everything it can, with relative addresses, and says so.
 */
const site = readPublicAddress(process.env.SITE_URL);

const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/**
 * Astro's MDX output starts with the marker "use astro:head-inject", which Astro reads before
 * bundling; the bundler then warns that it may drop the marker, which is harmless
 * (withastro/astro#18087). Only that one warning is left out; every other one is shown.
 * @type {(warning: { code?: string, message: string }) => boolean}
 */
const isHeadInjectDirectiveWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject');

export default defineConfig({
  ...(site ? { site } : {}),
  // Two builds side by side (the tests build their own copies) need their own content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between elements, which glues words together on
  // screen and in the search index ("OrganisationBuskerud"); true keeps one space where the source has any.
  compressHTML: true,
  // Page-specific styles (overview, glossary, source text) go to linked files, not <style> blocks:
  // an inlined block needs its hash in every page's Content-Security-Policy (about 50 bytes each).
  // concurrency 3: pages render while the ones before them are written. Astro's default (1) waits
  // for every file write. At 10,000 entries, in alternating builds: 2 gave 33.3–34.1 s of wall
  // time against 37.6–38.9 s for 1 (3 pairs); 3 gave 28.6–30.6 s against 31.8–31.9 s for 2 and
  // 1.5 s less CPU time (4 pairs), with byte-identical pages. 4 was no faster than 3 and once
  // peaked at 1,955 MB, near the 2 GB memory budget; 3 peaked at 1,584–1,621 MB.
  build: { inlineStylesheets: 'never', concurrency: 3 },
  // Shiki writes inline style attributes, which the Content-Security-Policy below blocks.
  markdown: { syntaxHighlight: false },
  // deployFiles reads the built pages' policy, so it runs after the others have written theirs.
  integrations: [
    contentCheck(CONTENT_DIR),
    // Keeps Astro's content cache between builds and clears it when a module the stored data
    // depends on changes: the schemas, the content config's imports, the content check, the
    // importer's writer, the packages they import (see src/lib/content-cache/).
    contentCache({
      roots: ['astro.config.mjs', 'src/content.config.ts', 'src/lib/importer/render.ts', 'src/lib/importer/write-files.ts'],
      folders: ['src/schemas'],
      contentDir: CONTENT_DIR,
    }),
    mdx(),
    ...openWeb(site),
    deployFiles(),
  ],
  security: {
    // A <meta> Content-Security-Policy on every page: only our own files, and hashes for the
    // scripts and styles Astro inlines. Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The header search's UI strings, compiled into its module (see live-search-strings.ts).
    define: { __LIVE_SEARCH_STRINGS__: JSON.stringify(liveSearchStringsOfAllLocales()) },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
        },
      },
    },
  },
});
