// Every sentence of both seeds (the web page's chrome aside) must be readable on the built site,
// in each UI language. The seeds are read here on their own terms — not with the importer's code —
// so a mistake in the importer cannot hide itself.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, ROOT } from './support/content.ts';

const normalize = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();

interface SeedReading {
  file: string;
  /** Lines of the web page's layout, not of the document. */
  chrome: RegExp[];
}

const SEEDS: SeedReading[] = [
  { file: '000_525ee6a2bbe54568.txt', chrome: [] },
  { file: '004_5e30ac666280c945.txt', chrome: [/^Aktiver Javascript i din nettleser/u, /^Historisk arkiv$/u, /^Til toppen$/u] },
];

/** The seed's sentences: words broken across PDF lines rejoined, bullets removed, "Label: value" metadata reduced to the value. */
function seedSentences({ file, chrome }: SeedReading): string[] {
  const raw = readFileSync(join(ROOT, 'seeds', file), 'utf8');
  const rejoined = raw.replace(/(\p{L})-[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(\p{Ll})/gu, '$1$2');
  return rejoined
    .split(/\r?\n/u)
    .map(normalize)
    .filter((line) => line !== '' && !chrome.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(/^(?:Utgiver|Publisert under): /u, '').replace(/^(?:[•-]|\d+\.)\s+/u, ''))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
}

async function visibleText(page: Page, paths: string[]): Promise<string> {
  const texts: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    texts.push(normalize(await page.locator('body').innerText()));
  }
  return texts.join('\n');
}

for (const locale of ['da', 'nb'] as const) {
  test(`every sentence of both seeds is visible on the ${locale} site`, async ({ page }) => {
    test.setTimeout(120_000);
    const pages = builtPages().filter((path) => path.startsWith(`/${locale}/kilder/`));
    expect(pages.length).toBeGreaterThan(31);
    const siteText = await visibleText(page, pages);
    for (const seed of SEEDS) {
      const sentences = seedSentences(seed);
      expect(sentences.length).toBeGreaterThan(40);
      const missing = sentences.filter((sentence) => !siteText.includes(sentence));
      expect(missing, `${seed.file}: ${missing.length} of ${sentences.length} sentences are not on the site`).toEqual([]);
    }
  });
}
