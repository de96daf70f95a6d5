/**
 * The public address of the site, from the one setting SITE_URL (an environment variable at
 * build time, e.g. `SITE_URL=https://lokal-udvikling.example npm run build`). astro.config.mjs
 * passes it to Astro as `site`; every absolute address (canonical links, hreflang, Open Graph,
 * the sitemap, robots.txt, feeds and data files) is made from `Astro.site` / `context.site`.
 */

/** The line the build prints once when SITE_URL is not set. */
export const NO_PUBLIC_ADDRESS_MESSAGE =
  'SITE_URL is not set, so the public address is unknown: pages, feeds and data files use relative addresses, and no sitemap, Open Graph address or Sitemap line in robots.txt is written.';

/**
 * Reads SITE_URL: the http(s) address of the site's root, returned with a trailing slash; undefined when unset or
 * empty. Anything else stops the build with a message that says what is expected.
 */
export function readPublicAddress(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`SITE_URL "${trimmed}" is not a web address (expected e.g. https://lokal-udvikling.example/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${trimmed}" does not start with https:// or http://`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL "${trimmed}" has a query or fragment (expected only an address)`);
  // Every link in the site starts at the root (/da/…), so the site must be served from one.
  if (url.pathname !== '/') throw new Error(`SITE_URL "${trimmed}" has a path (expected the address of the site's root, e.g. https://lokal-udvikling.example/)`);
  return url.href;
}

/** `path` as an absolute address under `site`, or unchanged (relative) when the site is unknown. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
