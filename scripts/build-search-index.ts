// `npm run build` (and the benchmark) index the built site with Pagefind: one index per UI
// language, each holding that language's pages only. A reader's search then loads half the
// index, Pagefind's peak memory is halved at scale, and every hit is already in the reader's
// language. Both are indexed as Danish: the stemmers agree well enough for Norwegian text, and
// the Norwegian pages carry Danish search words and vice versa (see src/lib/search/search-terms.ts).
//
// What is indexed is decided in the pages (data-pagefind-body, -ignore, -meta, -filter; see the
// README's "Search" section). The selectors below are left out everywhere as a safety net: text
// only screen readers get (".visually-hidden") and the site's label and chrome classes, which
// must never become part of an excerpt.
import { runPagefind } from './run-pagefind.ts';

const site = process.argv[2] ?? 'dist';
const EXCLUDE = ['.visually-hidden', '.tag-list', 'dl.facts', '.search-terms', '.page-history'];

for (const locale of ['da', 'nb']) {
  const exclude = EXCLUDE.flatMap((selector) => ['--exclude-selectors', selector]);
  runPagefind(['--site', site, '--glob', `${locale}/**/*.html`, '--output-subdir', `pagefind/${locale}`, '--force-language', 'da', ...exclude, '--quiet']);
}
console.log(`Pagefind: indexed ${site}/da and ${site}/nb into ${site}/pagefind/da and ${site}/pagefind/nb`);
