// Writes the copies of the UI languages' pages that Pagefind indexes (see search-index-copy.ts):
//   node scripts/stage-search-index.ts <site> <staging folder> <locale>...
// writes <staging folder>/<locale>/<locale>/…, one tree per language. It runs as its own process,
// started by build-search-index.mjs, so that the words file it parses (24 MB at 10,000 entries,
// about 190 MB of Node memory in all) is gone before Pagefind starts: Node does not hand memory back.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { indexableCopy, pageAddress, withThemeWords } from './search-index-copy.ts';

const [siteArgument, stagingRoot, ...locales] = process.argv.slice(2);
if (!siteArgument || !stagingRoot || locales.length === 0) throw new Error('usage: stage-search-index.ts <site> <staging folder> <locale>...');
const site: string = siteArgument;

const wordsFile = join(site, 'search-index-words.json');
const words = existsSync(wordsFile) ? (JSON.parse(readFileSync(wordsFile, 'utf8')) as Record<string, string>) : {};

/** An entry page's theme keywords (words are keyed by the page's address). */
const themeWordsOf = (path: string) => (basename(path) === 'index.html' ? words[pageAddress(path)] : undefined);

/** Writes the copy of `locale`'s pages into `staging`. */
function stage(locale: string, staging: string): void {
  const made = new Set<string>();
  const write = (path: string, content: string) => {
    const to = join(staging, path);
    const folder = dirname(to);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(to, content);
  };
  // Pages without data-pagefind-body, in case none has it: Pagefind then indexes every page's <body>.
  const withoutBody: string[] = [];
  let copied = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const from = join(dir, entry.name);
      if (entry.isDirectory()) walk(from);
      else if (entry.name.endsWith('.html')) {
        const path = relative(site, from);
        const copy = indexableCopy(readFileSync(from, 'utf8'), themeWordsOf(path));
        if (copy === undefined) withoutBody.push(path);
        else {
          write(path, copy);
          copied++;
        }
      }
    }
  };
  walk(join(site, locale));
  if (copied > 0) return;
  for (const path of withoutBody) write(path, withThemeWords(readFileSync(join(site, path), 'utf8'), themeWordsOf(path)));
}

for (const locale of locales) stage(locale, join(stagingRoot, locale));
