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
// page they cost about 0.7 KB gzip of its 8 KB budget. Pagefind therefore reads a copy of each
// language's pages, written by stage-search-index.ts (what a copy holds: search-index-copy.ts).
//
// The order, for time and memory at 10,000 entries: both copies are written first, by a Node
// process that has ended before Pagefind starts (writing the second copy while Pagefind indexes
// the first would overlap Pagefind's peak whenever the disk is slow); Pagefind indexes one
// language after the other, never both at once (their memory would add up); both copies are
// deleted at the end. Deleting the first while Pagefind indexed the second saved no time: on
// ext4 without a journal, which does not reuse a freed inode for a minute or more, the second
// index got slower by about what the deletion took (at 10,000 entries, 23.9–24.1 s with it
// against 22.2–22.9 s, plus 1.7 s to delete the copy afterwards). So the benchmark, which keeps
// the copies (--staging-dir), times the same work as a real build, less the final deletion.
//
// Plain JavaScript (see run-pagefind.mjs): this process only waits while Pagefind indexes.
// @ts-check
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runPagefindAsync } from './run-pagefind.mjs';

// node scripts/build-search-index.mjs [site] [--staging-dir <folder>]
// --staging-dir: write the copies into a new folder in <folder> and leave them there. The
// benchmark uses it and deletes them when it ends, so that no measured build follows the deletion
// of 40,000 files (see `retired` in scripts/bench/run.ts).
const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'staging-dir': { type: 'string' } } });
const site = positionals[0] ?? 'dist';
const keepStaging = values['staging-dir'] !== undefined;
const EXCLUDE = ['.visually-hidden', '.tag-list', 'dl.facts', '.search-terms', '.page-history'];
const WORDS_FILE = join(site, 'search-index-words.json');
const STAGE = fileURLToPath(new URL('./stage-search-index.ts', import.meta.url));
const LOCALES = ['da', 'nb'];

const stagingRoot = mkdtempSync(join(resolve(values['staging-dir'] ?? join(site, '..')), '.search-staging-'));
try {
  execFileSync(process.execPath, [STAGE, site, stagingRoot, ...LOCALES], { stdio: 'inherit' });
  const exclude = EXCLUDE.flatMap((selector) => ['--exclude-selectors', selector]);
  for (const locale of LOCALES) {
    const staging = join(stagingRoot, locale);
    await runPagefindAsync(['--site', staging, '--glob', `${locale}/**/*.html`, '--output-path', join(site, 'pagefind', locale), '--force-language', 'da', ...exclude, '--quiet']);
  }
} finally {
  if (!keepStaging) rmSync(stagingRoot, { recursive: true, force: true });
  rmSync(WORDS_FILE, { force: true });
}
console.log(`Pagefind: indexed ${site}/da and ${site}/nb into ${site}/pagefind/da and ${site}/pagefind/nb`);
