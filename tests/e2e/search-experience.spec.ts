// Search as a reader meets it (issue 16): excerpts that read as text, result types, direct links,
// every result reachable, phones, the header combobox, the language switcher, typos, budgets.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readThemes, ROOT } from './support/content.ts';
import { rankingQueries, searchPath, type Locale } from './support/search-queries.ts';

const results = (page: Page) => page.locator('main ol.search-results > li');

/** Opens the search page for a query and waits until its results (or "none") are rendered. */
async function searchFor(page: Page, locale: Locale, query: string) {
  await page.goto(`${searchPath(locale)}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('main [data-search-status]')).toHaveText(/\d|Ingen/u);
  return results(page);
}

/** The UI strings that label fields on pages: none of them may stand in an excerpt. */
function fieldLabels(): string[] {
  const keys = ['entry.organisation', 'entry.country', 'entry.source', 'entry.summary', 'entry.originalText', 'entry.places', 'entry.programmes', 'entry.themes', 'entry.searchTerms', 'entry.back', 'entry.editorNote', 'entry.targets', 'entry.actions', 'theme.keywords', 'theme.glossary', 'theme.actions', 'glossary.danish', 'glossary.norwegian', 'glossary.note', 'glossary.theme'];
  return ['da', 'nb'].flatMap((locale) => {
    const source = readFileSync(join(ROOT, `src/i18n/ui/${locale}.ts`), 'utf8');
    return keys.flatMap((key) => new RegExp(`'${key.replace('.', '\\.')}': '([^']+)'`, 'u').exec(source)?.[1] ?? []);
  });
}

/** Words of the content that legitimately have a capital inside or punctuation between letters ("SmåbyNett", "f.eks."). */
function contentOddities(): Set<string> {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(join(dir, item.name));
      else if (/\.(mdx|yaml)$/u.test(item.name)) texts.push(readFileSync(join(dir, item.name), 'utf8'));
    }
  };
  walk(join(ROOT, 'content'));
  return new Set(texts.join('\n').match(/\S*(?:\p{Ll}\p{Lu}|[.,;:!?]\p{L})\S*/gu) ?? []);
}

test('excerpts read as text: no field label, no keyword list, no two words run together (≥ 30 queries, top 5)', async ({ page }) => {
  test.setTimeout(240_000);
  const labels = fieldLabels();
  const allowed = contentOddities();
  const queries = rankingQueries().filter((_, index) => index % 2 === 0).slice(0, 40);
  expect(queries.length).toBeGreaterThanOrEqual(30);
  const problems: string[] = [];
  let excerpts = 0;
  let clean = 0;
  for (const { locale, query } of queries) {
    const list = await searchFor(page, locale, query);
    await expect(list.first()).toBeVisible();
    const texts = await list.locator('.search-excerpt').evaluateAll((items) => items.slice(0, 5).map((item) => ({ text: item.textContent ?? '', marks: item.querySelectorAll('mark').length })));
    for (const { text } of texts) {
      excerpts++;
      const found: string[] = [];
      for (const label of labels) if (new RegExp(`(^|[\\s.])${label}(?=[:\\p{Lu}]|\\s*$)`, 'u').test(text)) found.push(`label "${label}"`);
      if ((text.match(/,/gu) ?? []).length >= 6 && (text.match(/[.!?]/gu) ?? []).length === 0) found.push('a list of words');
      for (const word of text.match(/\S*(?:\p{Ll}\p{Lu}|[.,;:!?]\p{L})\S*/gu) ?? []) {
        const bare = word.replace(/^[«»"(]+|[»«")…]+$/gu, '');
        if (![...allowed].some((ok) => ok.includes(bare))) found.push(`glued "${word}"`);
      }
      if (found.length === 0) clean++;
      else problems.push(`${locale} "${query}": ${found.join(', ')} in "${text}"`);
    }
  }
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/search-excerpts.json'), `${JSON.stringify({ queries: queries.length, excerpts, clean, problems }, null, 1)}\n`);
  console.log(`excerpts: ${clean} of ${excerpts} read as text over ${queries.length} queries`);
  expect(excerpts).toBeGreaterThanOrEqual(queries.length);
  expect(problems).toEqual([]);
});

test('each result says what it is; a named theme and glossary term are offered as direct links; a glossary hit opens its row', async ({ page }) => {
  const glossary = parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as { id: string; da: string; nb: string }[];
  const theme = readThemes().find((item) => item.id === 'heritage-building')!;
  const term = glossary.find((item) => item.da === 'byggeskik')!;
  const list = await searchFor(page, 'da', term.da);
  const types = await list.locator('.search-hit-type').allInnerTexts();
  expect(types.length).toBeGreaterThan(0);
  for (const type of types) expect(type).toMatch(/^(Opslag( · .+)?|Tema|Ord i ordlisten|Kilde)$/u);
  // Entries come first, then the other pages.
  const firstOther = types.findIndex((type) => !type.startsWith('Opslag'));
  expect(types.slice(firstOther).every((type) => !type.startsWith('Opslag'))).toBe(true);
  const direct = page.getByRole('navigation', { name: 'Direkte til' });
  await expect(direct.getByRole('link', { name: theme.da.label })).toHaveAttribute('href', `/da/temaer/${theme.da.slug}/`);
  await expect(direct.getByRole('link', { name: `${term.da} – ${term.nb}` })).toHaveAttribute('href', `/da/ordliste/#${term.id}`);
  await expect(direct).toContainText(`Tema: ${theme.da.label}`);
  await expect(direct).toContainText(`I ordlisten: ${term.da} – ${term.nb}`);
  // The glossary result itself links to the term's row.
  const glossaryHit = list.filter({ has: page.locator('.search-hit-type', { hasText: 'Ord i ordlisten' }) });
  await expect(glossaryHit.getByRole('link')).toHaveAttribute('href', `/da/ordliste/#${term.id}`);
  await glossaryHit.getByRole('link').click();
  await expect(page.locator(`tr[id="${term.id}"]`)).toBeInViewport();
});

for (const [locale, query, source] of [['da', 'Viborg', 'viborg-2019'], ['nb', 'LUK 2011', 'luk-2011'], ['da', 'LUK 2011', 'luk-2011'], ['nb', 'Viborg', 'viborg-2019']] as const) {
  test(`${locale}: the source page is findable with "${query}"`, async ({ page }) => {
    const title = (parse(readFileSync(join(ROOT, `content/sources/${source}.yaml`), 'utf8')) as { title: string }).title;
    const list = await searchFor(page, locale, query);
    await expect(page.getByRole('navigation', { name: 'Direkte til' }).getByRole('link', { name: title })).toHaveAttribute('href', `/${locale}/kilder/${source}/`);
    // …and in the list, after the entries, marked as a source.
    await page.getByRole('button', { name: 'Vis flere' }).click({ trial: false, timeout: 1000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Vis flere' }).click({ timeout: 1000 }).catch(() => undefined);
    const sourceHit = list.filter({ has: page.locator(`a[href="/${locale}/kilder/${source}/"]`) });
    await expect(sourceHit.locator('.search-hit-type')).toHaveText('Kilde');
  });
}

test('every result can be listed: "Vis flere" until the list holds as many as the count says', async ({ page }) => {
  const list = await searchFor(page, 'da', 'kommune');
  const total = Number(/^(\d+)/u.exec((await page.locator('main [data-search-status]').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  await expect(list).toHaveCount(20);
  const more = page.getByRole('button', { name: 'Vis flere' });
  while (await more.isVisible()) {
    const before = await list.count();
    await more.click();
    await expect(list).not.toHaveCount(before);
  }
  await expect(list).toHaveCount(total);
  const hrefs = await list.locator('a').first().evaluateAll(() => []); // keeps the locator API honest
  expect(hrefs).toEqual([]);
  const all = await list.evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href')));
  expect(new Set(all).size).toBe(total);
  await expect(page.locator('main [data-search-shown]')).toHaveText(`Viser ${total} af ${total}.`);
});

for (const width of [320, 360]) {
  for (const [locale, query] of [['da', 'kommune'], ['nb', 'bosetting'], ['nb', 'planlegging'], ['da', 'frivillighed']] as const) {
    test(`${width} px, ${locale} "${query}": results rendered, nothing wider than the screen, first result on the first screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      const list = await searchFor(page, locale, query);
      await expect(list.first().locator('.search-excerpt')).toBeVisible();
      const { scrollWidth, clientWidth, firstTop, widest } = await page.evaluate(() => {
        const first = document.querySelector('main ol.search-results > li')!;
        const widestElement = [...document.querySelectorAll('main *')].reduce((max, element) => Math.max(max, element.getBoundingClientRect().right), 0);
        return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, firstTop: first.getBoundingClientRect().top + scrollY, widest: widestElement };
      });
      expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(clientWidth);
      expect(widest, 'no element reaches past the screen').toBeLessThanOrEqual(clientWidth);
      expect(firstTop, 'first result starts on the first screen').toBeLessThan(640 - 60);
      await expect(page.locator('main details.search-filters')).not.toHaveAttribute('open');
    });
  }
}

test('header search is a combobox: arrows move, Enter opens the chosen result, Escape closes', async ({ page }) => {
  await page.goto('/nb/temaer/');
  const box = page.locator('#site-search-query');
  await box.focus();
  await page.keyboard.type('Kirkenes');
  const combobox = page.getByRole('combobox', { name: 'Søk' });
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.locator('header [data-search-none]')).toBeHidden();
  await expect(page.getByRole('link', { name: /^Se alle \d+ treff$/u })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toContainText('Finnmark fylkeskommune');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/nb/kilder/luk-2011/finnmark/');
});

test('header search with no hits says so in words', async ({ page }) => {
  await page.goto('/da/');
  await page.locator('#site-search-query').focus();
  await page.keyboard.type('xyzzyqq');
  await expect(page.locator('header [data-search-none]')).toHaveText('Ingen resultater for »xyzzyqq«.');
  await expect(page.locator('header [data-search-none]')).toBeVisible();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(page.locator('header [data-search-all]')).toBeHidden();
});

test('at 360 px the header panel fits the screen and shows "Se alle" without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/da/kilder/luk-2011/finnmark/');
  await page.locator('#site-search-query').focus();
  await page.keyboard.type('kommune');
  const panel = page.locator('header .search-panel');
  await expect(panel.getByRole('option').first()).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const all = page.getByRole('link', { name: /^Se alle \d+ resultater$/u });
  await expect(all).toBeInViewport({ ratio: 1 });
  const allBox = (await all.boundingBox())!;
  expect(allBox.y + allBox.height).toBeLessThanOrEqual(640);
});

test('the language switcher keeps the query and the filters (in the other language) on the search page', async ({ page }) => {
  const theme = readThemes().find((item) => item.id === 'volunteering-community')!;
  await page.goto(`/da/soeg/?q=frivillighed&country=Danmark&theme=${encodeURIComponent(theme.da.label)}`);
  await expect(page.locator('main [data-search-status]')).toHaveText(/\d/u);
  await page.getByRole('navigation', { name: /Sprog/u }).getByRole('link', { name: 'Norsk bokmål' }).click();
  await expect(page).toHaveURL(`/nb/sok/?q=frivillighed&country=Danmark&theme=${encodeURIComponent(theme.nb.label).replace(/%20/gu, '+')}`);
  await expect(page.getByRole('searchbox', { name: 'Søkeord' })).toHaveValue('frivillighed');
  await expect(page.getByRole('group', { name: 'Tema' }).getByRole('checkbox', { name: new RegExp(`^${theme.nb.label}`, 'u') })).toBeChecked();
});

test('the language switcher keeps the anchor of an entry page', async ({ page }) => {
  await page.goto('/da/kilder/luk-2011/finnmark/#a3');
  const link = page.getByRole('navigation', { name: /Sprog/u }).getByRole('link', { name: 'Norsk bokmål' });
  await expect(link).toHaveAttribute('href', /\/nb\/kilder\/luk-2011\/finnmark\/#a3$/u);
  await link.click();
  await expect(page).toHaveURL('/nb/kilder/luk-2011/finnmark/#a3');
  await expect(page.locator('#a3')).toBeInViewport();
});

test('a typo that finds little offers the closest known word ("Mente du")', async ({ page }) => {
  await searchFor(page, 'da', 'kompetanceudvikling');
  const suggestion = page.locator('main [data-search-suggestion]');
  await expect(suggestion).toHaveText('Mente du: kompetenceudvikling?');
  await suggestion.getByRole('link').click();
  await expect(page).toHaveURL('/da/soeg/?q=kompetenceudvikling');
  await expect(page.locator('main [data-search-status]')).toHaveText(/^\d+ resultater for »kompetenceudvikling«$/u);
  expect(await results(page).count()).toBeGreaterThan(3);
  await expect(suggestion).toBeHidden();
});

test('other typos: a swapped pair of letters, a missing letter', async ({ page }) => {
  for (const [locale, typo, meant] of [['nb', 'bolsyt', 'bolyst'], ['da', 'landbsypedel', 'landsbypedel']] as const) {
    await searchFor(page, locale, typo);
    await expect(page.locator('main [data-search-suggestion]')).toHaveText(`Mente du: ${meant}?`);
  }
});

test('a query with little words finds the pages that hold its content words', async ({ page }) => {
  const list = await searchFor(page, 'da', 'tilflytning af unge');
  expect(await list.count()).toBeGreaterThan(1);
  const hrefs = await list.evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href')));
  expect(hrefs).toContain('/da/kilder/luk-2011/buskerud/');
});

test('budgets: first search ≤ 160 KB, median time to first results ≤ 300 ms, entry page ≤ 8 KB gzip', async ({ browser }) => {
  test.setTimeout(120_000);
  const times: number[] = [];
  let firstSearch = 0;
  const query = 'bosætning';
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/da/kilder/luk-2011/finnmark/');
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    context.on('requestfinished', (request) => void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize)));
    const box = page.locator('#site-search-query');
    // A reader's first search from a fresh page: focus, then type at 80 ms a key. The time is
    // from the last key to the first result shown, less the 150 ms the box waits for more keys.
    await box.focus();
    await box.pressSequentially(query.slice(0, -1), { delay: 80 });
    const started = await page.evaluate(() => performance.now());
    await box.press(query.slice(-1));
    await page.locator(`#site-search-panel[data-query="${query}"] [role="option"]`).first().waitFor();
    const ended = await page.evaluate(() => performance.now());
    times.push(ended - started - 150);
    await page.waitForLoadState('networkidle');
    if (run === 0) firstSearch = bytes;
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[2]!;
  const html = readFileSync(join(ROOT, 'dist/da/kilder/luk-2011/finnmark/index.html'));
  const css = [...html.toString().matchAll(/href="(\/_astro\/[^"]+\.css)"/gu)].map((match) => readFileSync(join(ROOT, 'dist', match[1]!)));
  const entryGzip = gzipSync(Buffer.concat([html, ...css])).length;
  console.log(`first search ${(firstSearch / 1024).toFixed(1)} KB; time to first results ${times.map((time) => time.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)}, spread ${(times[4]! - times[0]!).toFixed(0)}); entry page ${(entryGzip / 1024).toFixed(1)} KB gzip`);
  expect(firstSearch).toBeLessThanOrEqual(160 * 1024);
  expect(median).toBeLessThanOrEqual(300);
  expect(entryGzip).toBeLessThanOrEqual(8 * 1024);
});
