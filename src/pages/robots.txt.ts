import type { APIRoute } from 'astro';
import { openDataPaths } from '../lib/open-data/paths.ts';

/** Everything may be crawled; the sitemap is named when the site's address is known (it must be absolute). */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', ...(site ? ['', `Sitemap: ${new URL(openDataPaths.sitemap(), site).href}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
