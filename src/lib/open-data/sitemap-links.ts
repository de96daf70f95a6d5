/** A language alternate of a page, as the sitemap writes it. */
export interface AlternateLink {
  lang: string;
  url: string;
}

const LINK_TAG = /<link\b[^>]*>/giu;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'iu').exec(tag)?.[1];

/** The `<link rel="alternate" hreflang>` links in a page's HTML (x-default included). */
export function readAlternateLinks(html: string): AlternateLink[] {
  const head = html.slice(0, html.search(/<\/head>/iu) + 1 || undefined);
  const links: AlternateLink[] = [];
  for (const [tag] of head.matchAll(LINK_TAG)) {
    const rel = attribute(tag, 'rel');
    const lang = attribute(tag, 'hreflang');
    const url = attribute(tag, 'href');
    if (rel === 'alternate' && lang && url) links.push({ lang, url: url.replaceAll('&amp;', '&') });
  }
  return links;
}
