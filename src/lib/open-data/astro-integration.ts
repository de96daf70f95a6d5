import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { NO_PUBLIC_ADDRESS_MESSAGE } from './public-address.ts';
import { readAlternateLinks } from './sitemap-links.ts';

/**
 * The open-web parts of the build that are not pages: the one line when the public address is
 * unknown, and (when it is known) the sitemap. The sitemap's language alternates are the page's own
 * hreflang links, read from the built page, so a page has alternates in the sitemap exactly when it
 * names counterparts in its head (an entry in both UI languages; never one source's entry and the
 * other's).
 */
export function openWeb(site: string | undefined): AstroIntegration[] {
  let outDir: URL | undefined;
  const notice: AstroIntegration = {
    name: 'open-web',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(NO_PUBLIC_ADDRESS_MESSAGE);
      },
    },
  };
  if (!site) return [notice];
  const serialize = async (item: SitemapItem): Promise<SitemapItem> => {
    if (!outDir) return item;
    const file = fileURLToPath(new URL(`.${new URL(item.url).pathname}index.html`, outDir));
    const links = readAlternateLinks(await readFile(file, 'utf8'));
    return links.length > 0 ? { ...item, links } : item;
  };
  return [notice, sitemap({ filter: isListedPage, serialize })];
}

/** Pages the sitemap lists: every HTML page but the "not found" pages (data files and feeds are not pages). */
export function isListedPage(address: string): boolean {
  const { pathname } = new URL(address);
  return pathname.endsWith('/') && !/(^|\/)404\/$/u.test(pathname);
}
