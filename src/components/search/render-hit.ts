// Builds a result item with DOM methods only: text from the index or the URL is never parsed as HTML.
import { parseExcerpt } from '../../lib/search/excerpt.ts';
import type { SearchHit } from './pagefind-client.ts';

/** `<li>` with the title link, "organisation · country" and the excerpt with its matches marked. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta['title'] ?? hit.url;
  if (hit.meta['lang']) link.lang = hit.meta['lang'];
  item.append(link);
  const facts = [hit.meta['organisation'], hit.meta['country'] ?? hit.meta['kind']].filter(Boolean).join(' · ');
  if (facts) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = facts;
    item.append(meta);
  }
  const excerpt = document.createElement('p');
  for (const part of parseExcerpt(hit.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(excerpt);
  return item;
}
