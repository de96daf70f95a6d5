// Search quality over ≥ 80 queries (hand-written and drawn by a fixed rule, see
// support/search-queries.ts): the expected page must reach its rank in the result list.
// Writes hit@1 and hit@3 per group to reports/search-ranking.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/content.ts';
import { glossaryWords, ownTexts, rankingQueries, searchPath, type RankingQuery } from './support/search-queries.ts';

const queries = rankingQueries();

interface Outcome extends RankingQuery {
  /** 1-based rank of the first expected page, or 0 when it is not listed. */
  found: number;
  top: string[];
}

test('the query set has at least 80 queries, half of them drawn by the rule', () => {
  expect(queries.length).toBeGreaterThanOrEqual(80);
  expect(queries.filter((query) => query.group === 'drawn').length * 2).toBeGreaterThanOrEqual(queries.length - 1);
});

test('every query finds its expected page at the expected rank', async ({ page }) => {
  test.setTimeout(240_000);
  const outcomes: Outcome[] = [];
  for (const item of queries) {
    await page.goto(`${searchPath(item.locale)}?q=${encodeURIComponent(item.query)}`);
    await expect(page.locator('main [data-search-status]')).toHaveText(/\d|Ingen/u);
    const hrefs = await page.locator('main ol.search-results > li').evaluateAll((items) =>
      items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''),
    );
    const paths = hrefs.map((href) => href.replace(/^\/(da|nb)\//u, '').replace(/#.*$/u, ''));
    const index = paths.findIndex((path) => item.expected.includes(path));
    outcomes.push({ ...item, found: index + 1, top: paths.slice(0, 5) });
  }
  const groups = ['old', 'new', 'drawn'] as const;
  const summary = Object.fromEntries(
    groups.map((group) => {
      const list = outcomes.filter((outcome) => outcome.group === group);
      const share = (rank: number) => list.filter((outcome) => outcome.found > 0 && outcome.found <= rank).length / list.length;
      return [group, { queries: list.length, hit1: share(1), hit3: share(3), withinExpected: list.filter((o) => o.found > 0 && o.found <= o.rank).length / list.length }];
    }),
  );
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/search-ranking.json'), `${JSON.stringify({ summary, outcomes }, null, 1)}\n`);
  console.log(JSON.stringify(summary));
  const misses = outcomes.filter((outcome) => outcome.found === 0 || outcome.found > outcome.rank);
  expect(misses.map((miss) => `${miss.locale} "${miss.query}": expected ${miss.expected.join(' | ')} within ${miss.rank}, found at ${miss.found || '–'}; top: ${miss.top.join(', ')}`)).toEqual([]);
});

test('cross-language search words never lift an entry above one whose own text has the word (glossary terms)', async ({ page }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  let checked = 0;
  for (const locale of ['da', 'nb'] as const) {
    const texts = ownTexts(locale);
    const words = glossaryWords().filter((item) => item.locale === locale);
    for (const { word } of words.filter((_, index) => index % 3 === 0)) {
      const has = new RegExp(`(?<!\\p{L})${word}\\p{L}{0,3}(?!\\p{L})`, 'u');
      const stem = word.slice(0, Math.max(4, word.length - 2));
      const lacks = (text: string) => !new RegExp(`(?<!\\p{L})${stem}`, 'u').test(text);
      await page.goto(`${searchPath(locale)}?q=${encodeURIComponent(word)}`);
      await expect(page.locator('main [data-search-status]')).toHaveText(/\d|Ingen/u);
      const more = page.getByRole('button', { name: 'Vis flere' });
      const list = page.locator('main ol.search-results > li');
      while (await more.isVisible()) {
        const before = await list.count();
        await more.click();
        await expect(list).not.toHaveCount(before);
      }
      const paths = (await page.locator('main ol.search-results > li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''))).map((href) => href.replace(/^\/(da|nb)\//u, ''));
      const entries = paths.filter((path) => texts.has(path));
      const lastOwn = entries.map((path) => has.test(texts.get(path)!)).lastIndexOf(true);
      const firstWithout = entries.findIndex((path) => lacks(texts.get(path)!));
      if (lastOwn >= 0 && firstWithout >= 0) {
        checked++;
        if (firstWithout < lastOwn) problems.push(`${locale} "${word}": ${entries[firstWithout]} (word not in its text) at ${firstWithout + 1}, before ${entries[lastOwn]} at ${lastOwn + 1}`);
      }
    }
  }
  console.log(`own text before search words: ${checked} queries with both kinds of entry checked`);
  expect(checked).toBeGreaterThanOrEqual(5);
  expect(problems).toEqual([]);
});
