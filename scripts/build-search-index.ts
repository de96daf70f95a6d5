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
//
// One thing is added here rather than in the pages: the keywords of each entry's themes
// (`themewords`, from dist/search-index-words.json, which the build writes and this script
// deletes). They make an entry findable across the language line, but repeated in every entry
// page they cost about 0.7 KB gzip of its 8 KB budget. Pagefind reads a copy of the site in which
// the entry pages carry them; every other file of the copy is a hard link, not a copy.
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runPagefind } from './run-pagefind.ts';

const site = process.argv[2] ?? 'dist';
const EXCLUDE = ['.visually-hidden', '.tag-list', 'dl.facts', '.search-terms', '.page-history'];
const WORDS_FILE = join(site, 'search-index-words.json');

const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A copy of `${site}/${locale}` for Pagefind, with each entry page's theme keywords added as metadata. */
function stageForIndex(locale: string, words: Record<string, string>, staging: string): void {
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const from = join(dir, entry.name);
      const to = join(staging, relative(site, from));
      if (entry.isDirectory()) {
        mkdirSync(to, { recursive: true });
        walk(from);
        continue;
      }
      const address = `/${relative(site, dirname(from)).split('\\').join('/')}/`;
      const themeWords = entry.name === 'index.html' ? words[address] : undefined;
      if (!themeWords) linkSync(from, to);
      else {
        const html = readFileSync(from, 'utf8');
        const meta = `<span data-pagefind-meta="themewords" hidden>${escapeHtml(themeWords)}</span>`;
        writeFileSync(to, html.includes('</body>') ? html.replace('</body>', `${meta}</body>`) : html + meta);
      }
    }
  };
  mkdirSync(join(staging, locale), { recursive: true });
  walk(join(site, locale));
}

const words = existsSync(WORDS_FILE) ? (JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as Record<string, string>) : {};
const stagingRoot = mkdtempSync(join(resolve(site, '..'), '.search-staging-'));
try {
  for (const locale of ['da', 'nb']) {
    const staging = join(stagingRoot, locale === 'da' ? 'a' : 'b');
    stageForIndex(locale, words, staging);
    const exclude = EXCLUDE.flatMap((selector) => ['--exclude-selectors', selector]);
    runPagefind(['--site', staging, '--glob', `${locale}/**/*.html`, '--output-path', join(site, 'pagefind', locale), '--force-language', 'da', ...exclude, '--quiet']);
    rmSync(staging, { recursive: true, force: true });
  }
} finally {
  rmSync(stagingRoot, { recursive: true, force: true });
  rmSync(WORDS_FILE, { force: true });
}
console.log(`Pagefind: indexed ${site}/da and ${site}/nb into ${site}/pagefind/da and ${site}/pagefind/nb`);
