import { expect, test, type Page } from '@playwright/test';

const SEARCH_PATH = { da: '/da/soeg/', nb: '/nb/sok/' } as const;
type Locale = keyof typeof SEARCH_PATH;

async function searchFor(page: Page, locale: Locale, query: string) {
  await page.goto(`${SEARCH_PATH[locale]}?q=${encodeURIComponent(query)}`);
  const results = page.locator('main ol.search-results > li');
  await expect(page.locator('main [data-search-status]')).toHaveText(/\d|Ingen/u);
  return results;
}

/** Queries naming a county, place or programme: the page about it comes first. */
const FIRST_RESULT: [Locale, string, string][] = [
  ['da', 'Kirkenes', 'Finnmark fylkeskommune'],
  ['nb', 'Nussir', 'Finnmark fylkeskommune'],
  ['nb', 'Vekstregion Varanger', 'Finnmark fylkeskommune'],
  ['nb', 'Blilyst', 'Sør-Trøndelag fylkeskommune'],
  ['da', 'Kysten er klar', 'Sør-Trøndelag fylkeskommune'],
  ['da', 'Hedmark', 'Hedmark fylkeskommune'],
  ['nb', 'Østfold', 'Østfold fylkeskommune'],
  ['da', 'Spydeberg', 'Østfold fylkeskommune'],
  ['nb', 'Mysen Askim', 'Østfold fylkeskommune'],
  ['da', 'Møre og Romsdal', 'Møre og Romsdal fylkeskommune'],
  ['da', 'Locations', 'Rogaland fylkeskommune'],
  ['nb', 'Svelvik', 'Vestfold fylkeskommune'],
  ['da', 'Otta', 'Oppland fylkeskommune'],
  ['nb', 'Lillehammer', 'Oppland fylkeskommune'],
  ['nb', 'Åseral', 'Vest-Agder fylkeskommune'],
  ['da', 'Nord-Troms', 'Troms fylkeskommune'],
  ['nb', 'samfunnsspegl', 'Sogn og Fjordane fylkeskommune'],
  ['da', 'Innovasjon Norge', 'Hordaland fylkeskommune'],
  ['da', 'landsbypedelordninger', 'Sikre et decentralt serviceniveau, offentligt og privat'],
  ['nb', 'Turist i Egen Kommune', 'Markedsføring af områderne – bosætning og lokal turisme'],
  ['da', 'dogmer', 'Dogmer'],
];

for (const [locale, query, first] of FIRST_RESULT) {
  test(`${locale}: "${query}" puts ${first} first`, async ({ page }) => {
    const results = await searchFor(page, locale, query);
    await expect(results.first().getByRole('link')).toHaveText(first);
    await expect(results.first().getByRole('link')).toHaveAttribute('href', new RegExp(`^/${locale}/`, 'u'));
  });
}

/** Queries in one language that must find the other country's pages, which use the other language's word. */
const ACROSS: [Locale, string, string][] = [
  ['da', 'mødesteder', 'Vest-Agder fylkeskommune'],
  ['nb', 'møteplasser', 'Fremme klynger/nye samarbejdsformer/synergi'],
  ['da', 'erhvervsliv', 'Nord-Trøndelag fylkeskommune'],
  ['nb', 'næringsliv', 'Vækst og socialt ansvar'],
  ['da', 'kompetenceudvikling', 'Telemark fylkeskommune'],
  ['nb', 'kompetanseheving', 'Øge frivillighed lokalt – og dermed fællesskab'],
  ['da', 'bosætning', 'Buskerud fylkeskommune'],
  ['nb', 'frivillighet', 'Øge frivillighed lokalt – og dermed fællesskab'],
  ['nb', 'ildsjeler', 'Øge frivillighed lokalt – og dermed fællesskab'],
];

for (const [locale, query, expected] of ACROSS) {
  test(`${locale}: "${query}" finds ${expected} across the language line`, async ({ page }) => {
    const results = await searchFor(page, locale, query);
    await expect(results.getByRole('link', { name: expected, exact: true })).toHaveCount(1);
    const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size, 'each result once').toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`, 'u'));
  });
}

test('a result shows title, organisation, country and the excerpt with the match highlighted', async ({ page }) => {
  const results = await searchFor(page, 'da', 'Kirkenes');
  const first = results.first();
  await expect(first.locator('.meta')).toHaveText('Finnmark fylkeskommune · Norge');
  await expect(first.locator('mark').first()).toHaveText(/Kirkenes/iu);
});

test('filters narrow the results, show counts and live in the URL; back undoes them', async ({ page }) => {
  await searchFor(page, 'nb', 'planlegging');
  const norway = page.getByRole('group', { name: 'Land' }).getByRole('checkbox', { name: /^Norge \(\d+\)$/u });
  const label = await norway.evaluate((box) => box.parentElement?.textContent ?? '');
  const count = Number(/\((\d+)\)/u.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  await norway.check();
  await expect(page).toHaveURL(/[?&]country=Norge/u);
  await expect(page.locator('main ol.search-results > li .meta', { hasText: 'Danmark' })).toHaveCount(0);
  await expect(page.locator('main [data-search-status]')).toContainText(String(count));
  await page.goBack();
  await expect(page).not.toHaveURL(/country=/u);
  await expect(page.getByRole('group', { name: 'Land' }).getByRole('checkbox', { name: /^Norge/u })).not.toBeChecked();
});

test('a shared address runs its search with its filters on load', async ({ page }) => {
  await page.goto('/da/soeg/?q=planl%C3%A6gning&kind=Fylkeskommune');
  await expect(page.getByRole('searchbox', { name: 'Søgeord' })).toHaveValue('planlægning');
  await expect(page.getByRole('group', { name: 'Slags opslag' }).getByRole('checkbox', { name: /^Fylkeskommune/u })).toBeChecked();
  const metas = await page.locator('main ol.search-results > li .meta').allInnerTexts();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toMatch(/Norge$/u);
});

test('a query in the URL is shown as text and never run as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const attack = '<img src=x onerror="window.__pwned=1;alert(1)">';
  await page.goto(`/da/soeg/?q=${encodeURIComponent(attack)}&theme=${encodeURIComponent('<script>window.__pwned=2</script>')}`);
  await expect(page.locator('main [data-search-status]')).not.toHaveText(/Søger|^$/u);
  await expect(page.getByRole('searchbox', { name: 'Søgeord' })).toHaveValue(attack);
  await expect(page.locator('main img')).toHaveCount(0);
  // The only scripts are the site's own bundled files, none made from the URL.
  for (const script of await page.locator('main script').all()) await expect(script).toHaveAttribute('src', /^\/_astro\/[\w.-]+\.js$/u);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('content pages load no script and no part of the index until the reader focuses the search box', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) requests.push(request.url());
  });
  await page.goto('/nb/kilder/luk-2011/finnmark/');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await page.getByRole('searchbox', { name: 'Søk' }).focus();
  await page.keyboard.type('Blilyst');
  // The header box becomes a combobox once its script has loaded; the suggestions are its options.
  const panel = page.getByRole('listbox');
  await expect(panel.getByRole('option', { name: /^Sør-Trøndelag fylkeskommune/u })).toBeVisible();
  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
});

test('keyboard only: "/" focuses search, typing shows results, Escape closes them, Enter opens the search page', async ({ page }) => {
  await page.goto('/da/temaer/');
  await page.keyboard.press('/');
  // A searchbox until its script has loaded on this first focus, then a combobox (APG pattern).
  const box = page.locator('#site-search-query');
  await expect(box).toBeFocused();
  await page.keyboard.type('Kirkenes');
  const panel = page.locator('#site-search-panel');
  await expect(panel).toBeVisible();
  await expect(box).toHaveAttribute('aria-controls', 'site-search-panel');
  await expect(page.locator('header [role="status"]')).toHaveText(/\d+ resultat/u);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(box).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/da/soeg/?q=Kirkenes');
  await expect(page.locator('main ol.search-results > li').first().getByRole('link')).toHaveText('Finnmark fylkeskommune');
  // Tab from the search field reaches the first result link after the filters.
  await page.getByRole('searchbox', { name: 'Søgeord' }).focus();
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('Tab');
    if (await page.locator('main ol.search-results > li a').first().evaluate((link) => link === document.activeElement)) break;
  }
  await expect(page.locator('main ol.search-results > li a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/da/kilder/luk-2011/finnmark/');
});

test('without JavaScript the search page says so and links to the themes and all entries', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nb/sok/?q=Blilyst');
  await expect(page.getByText('Søket krever JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Temaer' }).last()).toHaveAttribute('href', '/nb/temaer/');
  await expect(page.getByRole('link', { name: 'Alle oppslag' })).toHaveAttribute('href', '/nb/kilder/');
  await expect(page.getByRole('searchbox', { name: 'Søkeord' })).toBeHidden();
  await context.close();
});

test('the header search box works without JavaScript by opening the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/da/');
  await page.getByRole('searchbox', { name: 'Søg' }).fill('Blilyst');
  await page.getByRole('searchbox', { name: 'Søg' }).press('Enter');
  await expect(page).toHaveURL('/da/soeg/?q=Blilyst');
  await context.close();
});
