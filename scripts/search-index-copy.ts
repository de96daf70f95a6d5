// What Pagefind reads of a built page (pure functions; scripts/stage-search-index.ts writes the
// copies, scripts/build-search-index.mjs runs Pagefind on them).
//
// Pagefind reads three things of our pages: the <html> element (a page without one is not
// indexed), the element marked data-pagefind-body (once one page has it, pages without it are
// dropped after they have been parsed) and the data-pagefind-* attributes, which all sit inside
// that element on our pages. A copy holds only that: the page's own <html> and <body> tags and its
// <main> element, plus the entry's theme keywords as hidden metadata. Everything else (head,
// header, footer, scripts) is markup Pagefind parses and then ignores: leaving it out gives the same
// index (same files, same hashes: checked at 10,000 entries) for a third less HTML to write and
// parse. A page that does not fit that shape is copied whole; a page without data-pagefind-body
// is not copied, since Pagefind would parse it and hold its words only to drop them (unless no
// page has the attribute: then Pagefind indexes every page's <body>, and every page is copied whole).

const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The hidden element that gives Pagefind an entry's theme keywords as the `themewords` metadata field. */
export function themeWordsElement(themeWords: string): string {
  return `<span data-pagefind-meta="themewords" hidden>${escapeHtml(themeWords)}</span>`;
}

/** The address Pagefind gives a file (its path below the site folder, `index.html` dropped), e.g. `/da/kilder/x/`. */
export function pageAddress(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  if (path === 'index.html') return '/';
  return `/${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

const OPENING_TAG = (name: string) => new RegExp(`<${name}(?:\\s[^>]*)?>`, 'iu');

/**
 * The part of a page Pagefind needs: `<html …><body …><main …>…</main>` with `extra` after the
 * main element; undefined when the page does not have exactly one main element or carries a
 * data-pagefind attribute (or the word, in any form) outside it.
 */
export function mainOnly(html: string, extra = ''): string | undefined {
  const start = html.search(/<main[\s>]/iu);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start || html.slice(start + 1).search(/<main[\s>]/iu) >= 0) return undefined;
  const close = end + '</main>'.length;
  const outside = html.slice(0, start) + html.slice(close);
  if (/data-pagefind/iu.test(outside)) return undefined;
  const htmlTag = OPENING_TAG('html').exec(outside);
  const bodyTag = OPENING_TAG('body').exec(outside);
  if (!htmlTag || !bodyTag) return undefined;
  return `<!DOCTYPE html>${htmlTag[0]}<head></head>${bodyTag[0]}${html.slice(start, close)}${extra}</body></html>`;
}

/**
 * What Pagefind is given for one built page: undefined for a page it would not index (no
 * data-pagefind-body), else the page cut down by `mainOnly`, or whole when it cannot be, with the
 * theme keywords (when the page has any) as hidden metadata.
 */
export function indexableCopy(html: string, themeWords?: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const extra = themeWords ? themeWordsElement(themeWords) : '';
  const cut = mainOnly(html, extra);
  return cut ?? withThemeWords(html, themeWords);
}

/** The whole page with the theme keywords (when it has any) as hidden metadata before `</body>`. */
export function withThemeWords(html: string, themeWords?: string): string {
  if (!themeWords) return html;
  const extra = themeWordsElement(themeWords);
  return html.includes('</body>') ? html.replace('</body>', `${extra}</body>`) : html + extra;
}
