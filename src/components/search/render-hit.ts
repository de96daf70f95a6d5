// Builds a result item with DOM methods only: text from the index or the URL is never parsed as HTML.
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { SearchHit } from './pagefind-client.ts';

/** The words a result's type is shown with (`search.type.*`) . */
export type TypeLabels = Record<SearchHit['type'], string>;

/** "Opslag · Fylkeskommune": what the result is. */
export function typeText(hit: SearchHit, labels: TypeLabels): string {
  const kind = hit.type === 'entry' ? hit.meta['kind'] : undefined;
  return [labels[hit.type], kind].filter(Boolean).join(' · ');
}

/** Appends excerpt parts to an element, the matches as `<mark>`. */
export function appendExcerpt(element: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else element.append(part.text);
  }
}

/** `<li>` with the title link, what the result is, "organisation · country" and the sentence that matched. */
export function renderHit(hit: SearchHit, labels: TypeLabels): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const heading = document.createElement('p');
  heading.className = 'search-hit-title';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  if (hit.meta['lang']) link.lang = hit.meta['lang'];
  const type = document.createElement('span');
  type.className = 'search-hit-type';
  type.textContent = typeText(hit, labels);
  heading.append(link, ' ', type);
  item.append(heading);
  const facts = hit.type === 'entry' ? [hit.meta['organisation'], hit.meta['country']].filter(Boolean).join(' · ') : '';
  if (facts) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = facts;
    item.append(meta);
  }
  if (hit.excerpt.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    appendExcerpt(excerpt, hit.excerpt);
    item.append(excerpt);
  }
  return item;
}
