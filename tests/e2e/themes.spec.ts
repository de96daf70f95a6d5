import { expect, test } from '@playwright/test';
import { describeCountsIn, readEntries, readGlossary, readSources, readThemes } from './support/content.ts';

const themes = readThemes();
const entries = readEntries();

test('from a Danish entry, through a theme page, to a Norwegian county and back', async ({ page }) => {
  const danish = entries.find((entry) => entry.id === 'viborg-2019/indsatsomraade-5');
  const norwegianThemes = new Set(entries.filter((entry) => entry.country === 'NO').flatMap((entry) => entry.actions.flatMap((item) => item.themes)));
  const action = danish?.actions.find((item) => item.themes.some((theme) => norwegianThemes.has(theme)));
  const shared = themes.find((theme) => theme.id === action?.themes.find((id) => norwegianThemes.has(id)));
  if (!action || !shared) throw new Error('focus area 5 shares no theme with Norway');
  await page.goto('/da/kilder/viborg-2019/indsatsomraade-5/');
  await page.locator(`#${action.id}`).getByRole('link', { name: shared.da.label }).click();
  await expect(page).toHaveURL(`/da/temaer/${shared.da.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shared.da.label);

  const norway = page.locator('section', { has: page.getByRole('heading', { name: 'Norge' }) });
  const firstNorwegian = norway.getByRole('link').first();
  const href = await firstNorwegian.getAttribute('href');
  expect(href).toMatch(/^\/da\/kilder\/luk-2011\/[a-z-]+\/#a\d+$/u);
  await firstNorwegian.click();
  await expect(page).toHaveURL(href ?? '');
  const anchor = new URL(page.url()).hash;
  await expect(page.locator(`${anchor}`)).toBeVisible();
  await expect(page.locator(anchor).getByRole('link', { name: shared.da.label })).toBeVisible();

  // Back to Denmark through the related entries of the county.
  await page.getByRole('heading', { name: 'Beslægtet arbejde i Danmark' }).scrollIntoViewIfNeeded();
  const related = page.locator('section', { has: page.getByRole('heading', { name: 'Beslægtet arbejde i Danmark' }) }).getByRole('link');
  await expect(related.first()).toHaveAttribute('href', /^\/da\/kilder\/viborg-2019\//u);
  await related.first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByText('Viborg Kommune, Landdistriktsudvalget').first()).toBeVisible();
});

test('the overview matrix equals counts computed from the content files', async ({ page }) => {
  for (const locale of ['da', 'nb'] as const) {
    await page.goto(`/${locale}/temaer/`);
    const table = page.locator('table.theme-matrix');
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.slice(1, -1)).toEqual(themes.map((theme) => theme[locale].label));
    const rows = table.locator('tbody tr');
    const organisations = [...new Set(entries.map((entry) => entry.organisation))];
    await expect(rows).toHaveCount(organisations.length);
    expect(organisations).toHaveLength(19);
    for (const organisation of organisations) {
      const items = entries.filter((entry) => entry.organisation === organisation).flatMap((entry) => [...entry.actions, ...entry.principles]);
      const expected = themes.map((theme) => String(items.filter((item) => item.themes.includes(theme.id)).length));
      const row = rows.filter({ has: page.locator('th', { hasText: organisation }) });
      const cells = (await row.locator('td').allInnerTexts()).map((text) => (text.trim() === '–' ? '0' : text.trim()));
      expect(cells, `${locale}: ${organisation}`).toEqual([...expected, String(items.length)]);
    }
  }
});

test('the matrix is a captioned table with header scopes that scrolls inside its own region on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/nb/temaer/');
  const region = page.getByRole('region', { name: /Antall tiltak per organisasjon og tema/u });
  await expect(region).toBeVisible();
  await expect(page.locator('table.theme-matrix caption')).toContainText('Antall tiltak per organisasjon og tema');
  await expect(page.locator('table.theme-matrix thead th[scope="col"]')).toHaveCount(themes.length + 2);
  await expect(page.locator('table.theme-matrix tbody th[scope="row"]')).toHaveCount(19);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
});

for (const theme of themes) {
  test(`theme "${theme.id}" has a page in both languages and the switcher pairs them`, async ({ page }) => {
    await page.goto(`/da/temaer/${theme.da.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme.da.label);
    const actionCount = entries.flatMap((entry) => [...entry.actions, ...entry.principles]).filter((item) => item.themes.includes(theme.id)).length;
    await expect(page.locator('main a[href*="/kilder/"][href*="#"]')).toHaveCount(actionCount);
    await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'Norsk bokmål' }).click();
    await expect(page).toHaveURL(`/nb/temaer/${theme.nb.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme.nb.label);
  });
}

test('every entry page links its themes and 3–5 related entries from the other country', async ({ page }) => {
  test.setTimeout(120_000);
  for (const entry of entries) {
    await page.goto(`/nb/kilder/${entry.id}/`);
    const related = page.locator('section', { has: page.getByRole('heading', { name: /^Beslektet arbeid i/u }) }).getByRole('listitem');
    const count = await related.count();
    expect(count, `${entry.id} related entries`).toBeGreaterThanOrEqual(3);
    expect(count, `${entry.id} related entries`).toBeLessThanOrEqual(5);
    const other = entry.country === 'DK' ? 'luk-2011' : 'viborg-2019';
    for (const link of await related.getByRole('link').all()) await expect(link).toHaveAttribute('href', new RegExp(`^/nb/kilder/${other}/`, 'u'));
    await expect(page.locator('main .tag-list a').first()).toBeVisible();
  }
});

test('the glossary lists at least 30 pairs, marks false friends and links pairs to their themes', async ({ page }) => {
  await page.goto('/da/ordliste/');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(30);
  const frivillighed = rows.filter({ has: page.locator('th', { hasText: /^frivillighed$/u }) });
  await expect(frivillighed.locator('td[lang="nb"]')).toHaveText('frivillighet');
  await expect(frivillighed.getByRole('link')).toHaveAttribute('href', /^\/da\/temaer\//u);
  expect(await page.getByText('Falsk ven').count()).toBeGreaterThanOrEqual(3);
});

// Comparing: the two countries side by side, said out loud when one has nothing, and the tile map.
const items = (entry: (typeof entries)[number]) => [...entry.actions.map((item) => ({ ...item, principle: false })), ...entry.principles.map((item) => ({ ...item, principle: true }))];
const themeItems = (themeId: string, country: 'DK' | 'NO') =>
  entries.filter((entry) => entry.country === country).flatMap((entry) => items(entry).filter((item) => item.themes.includes(themeId)));
const bothCountries = themes.find((theme) => themeItems(theme.id, 'DK').length > 0 && themeItems(theme.id, 'NO').length > 0);
const oneCountry = themes.filter((theme) => themeItems(theme.id, 'DK').length === 0 || themeItems(theme.id, 'NO').length === 0);

test('at 1280 px Denmark and Norway stand side by side; at 360 px they stack', async ({ page }) => {
  if (!bothCountries) throw new Error('no theme has items from both countries');
  for (const theme of [bothCountries, ...oneCountry]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/da/temaer/${theme.da.slug}/`);
    const dk = page.locator('.compare__column[data-country="DK"]');
    const no = page.locator('.compare__column[data-country="NO"]');
    await expect(dk.getByRole('heading', { level: 3 })).toHaveText('Danmark');
    await expect(no.getByRole('heading', { level: 3 })).toHaveText('Norge');
    const [a, b] = [await dk.boundingBox(), await no.boundingBox()];
    if (!a || !b) throw new Error('a column is not rendered');
    expect(Math.abs(a.y - b.y), `${theme.id}: tops at 1280`).toBeLessThanOrEqual(2);
    expect(a.x + a.width, `${theme.id}: Denmark left of Norway`).toBeLessThanOrEqual(b.x);
    expect(a.width, `${theme.id}: column width`).toBeGreaterThan(300);
    await page.setViewportSize({ width: 360, height: 800 });
    const [c, d] = [await dk.boundingBox(), await no.boundingBox()];
    if (!c || !d) throw new Error('a column is not rendered');
    expect(d.y, `${theme.id}: Norway below Denmark at 360`).toBeGreaterThanOrEqual(c.y + c.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test('each column gives its count, and a country without items says so in words', async ({ page }) => {
  const organisations = (country: 'DK' | 'NO') => new Set(entries.filter((entry) => entry.country === country).map((entry) => entry.organisation)).size;
  expect(oneCountry.length).toBeGreaterThan(0);
  for (const theme of themes) {
    await page.goto(`/da/temaer/${theme.da.slug}/`);
    for (const country of ['DK', 'NO'] as const) {
      const list = themeItems(theme.id, country);
      const column = page.locator(`.compare__column[data-country="${country}"]`);
      if (list.length === 0) {
        const none = country === 'NO' ? `Ingen af de ${organisations('NO')} norske fylkeskommuner har en indsats under dette tema i 2011-oversigten.` : 'Viborg Kommunes Landdistriktsudvalg har hverken en indsats eller et dogme under dette tema i notatet.';
        await expect(column.locator('.compare__none'), `${theme.id} ${country}`).toHaveText(none);
        await expect(column.getByRole('link')).toHaveCount(0);
      } else {
        const principles = list.filter((item) => item.principle).length;
        await expect(column.locator('.compare__count'), `${theme.id} ${country}`).toContainText(describeCountsIn('da', list.length - principles, principles));
        await expect(column.locator('a[href*="/kilder/"][href*="#"]')).toHaveCount(list.length);
      }
    }
  }
});

test('the tile map marks exactly the organisations with items under the theme, with their counts as text', async ({ page }) => {
  test.setTimeout(120_000);
  const organisations = [...new Set(entries.map((entry) => entry.organisation))];
  for (const theme of themes) {
    await page.goto(`/nb/temaer/${theme.nb.slug}/`);
    const map = page.locator('figure.tile-map');
    await expect(map.locator('figcaption')).toContainText('Skjematisk kart');
    await expect(map.locator('svg')).toHaveAttribute('role', 'img');
    await expect(map.locator('g.tile')).toHaveCount(organisations.length);
    for (const organisation of organisations) {
      const count = entries.filter((entry) => entry.organisation === organisation).flatMap(items).filter((item) => item.themes.includes(theme.id)).length;
      const tile = map.locator(`g.tile[data-organisation="${organisation}"]`);
      await expect(tile, `${theme.id}: ${organisation}`).toHaveAttribute('data-count', String(count));
      if (count > 0) {
        await expect(tile).toHaveClass(/tile--marked/u);
        // Not by colour alone: a marked tile prints its number and has a solid outline.
        await expect(tile.locator('.tile__count')).toHaveText(String(count));
        expect(await tile.locator('rect').evaluate((rect) => getComputedStyle(rect).strokeDasharray)).toBe('none');
        await expect(map.locator('svg')).toHaveAttribute('aria-label', new RegExp(`${organisation.replace(/[()]/gu, '.')} \\(${count}\\)`, 'u'));
      } else {
        await expect(tile).not.toHaveClass(/tile--marked/u);
        await expect(tile.locator('.tile__count')).toHaveCount(0);
        expect(await tile.locator('rect').evaluate((rect) => getComputedStyle(rect).strokeDasharray)).not.toBe('none');
      }
    }
    // Drawn at build time: no image, script or request of its own.
    expect(await map.locator('img, script, image, use').count()).toBe(0);
  }
});

test('the overview fits a 1280 px window and keeps the organisation column in view at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/da/temaer/');
  const region = page.getByRole('region', { name: /Antal indsatser pr\. organisation og tema/u });
  const fits = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(fits.scroll).toBeLessThanOrEqual(fits.client);
  const lastHeader = await page.locator('table.theme-matrix thead th').last().boundingBox();
  expect((lastHeader?.x ?? 9999) + (lastHeader?.width ?? 0)).toBeLessThanOrEqual(1280 - 15);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  await page.setViewportSize({ width: 360, height: 800 });
  const regionBox = await region.boundingBox();
  await region.evaluate((element) => element.scrollBy(600, 0));
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(300);
  for (const name of ['Finnmark fylkeskommune', 'Viborg Kommune, Landdistriktsudvalget']) {
    const header = await page.locator('table.theme-matrix tbody th', { hasText: name }).boundingBox();
    expect(Math.abs((header?.x ?? -1) - (regionBox?.x ?? 0)), `${name} stays at the left edge`).toBeLessThanOrEqual(2);
  }
  // The hint that the table scrolls is outside the scroller, so it is on screen.
  const hint = await page.locator('.matrix-hint').boundingBox();
  expect((hint?.x ?? 999) + (hint?.width ?? 0)).toBeLessThanOrEqual(360);
});

test('the overview says what it counts, and its counts agree with the home page, the source pages and the theme list', async ({ page }) => {
  const sources = readSources();
  for (const locale of ['da', 'nb'] as const) {
    await page.goto(`/${locale}/`);
    for (const source of sources) {
      const own = entries.filter((entry) => entry.source === source.id);
      const actions = own.reduce((sum, entry) => sum + entry.actions.length, 0);
      const principles = own.reduce((sum, entry) => sum + entry.principles.length, 0);
      const card = page.locator('article.card', { has: page.getByRole('link', { name: source.title, exact: true }) });
      await expect(card, `${locale} home: ${source.id}`).toContainText(`${own.length} ${locale === 'da' ? 'opslag' : 'oppslag'} · ${describeCountsIn(locale, actions, principles)}`);
    }
    await page.goto(`/${locale}/temaer/`);
    for (const organisation of new Set(entries.filter((entry) => entry.principles.length > 0).map((entry) => entry.organisation))) {
      const own = entries.filter((entry) => entry.organisation === organisation);
      const actions = own.reduce((sum, entry) => sum + entry.actions.length, 0);
      const principles = own.reduce((sum, entry) => sum + entry.principles.length, 0);
      await expect(page.locator('.matrix-note', { hasText: organisation })).toContainText(`${describeCountsIn(locale, actions, principles)}, ${actions + principles}`);
      const row = page.locator('table.theme-matrix tbody tr', { has: page.locator('th', { hasText: organisation }) });
      await expect(row.locator('td').last()).toHaveText(String(actions + principles));
    }
    await expect(page.locator('.matrix-note').first()).toContainText(locale === 'da' ? 'Tallene tæller indsatser og dogmer' : 'Tallene teller tiltak og dogmer');
    for (const theme of themes) {
      const parts = (['DK', 'NO'] as const).map((country) => {
        const list = themeItems(theme.id, country);
        const principles = list.filter((item) => item.principle).length;
        return `${country === 'DK' ? 'Danmark' : 'Norge'}: ${describeCountsIn(locale, list.length - principles, principles)}`;
      });
      // A space between the theme's name and its counts (it used to read "attraktivitet– Danmark").
      await expect(page.locator('.theme-list li', { has: page.getByRole('link', { name: theme[locale].label, exact: true }) })).toHaveText(`${theme[locale].label} – ${parts.join(', ')}`);
    }
  }
});

test('a theme page links its glossary words to their rows in the glossary', async ({ page }) => {
  const glossary = readGlossary();
  await page.goto(`/da/temaer/${themes.find((theme) => theme.id === 'volunteering-community')?.da.slug ?? ''}/`);
  const links = page.locator('main a[href^="/da/ordliste/#"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    const id = (await link.getAttribute('href'))?.split('#')[1] ?? '';
    expect(glossary.map((term) => term.id)).toContain(id);
  }
  const danish = (await links.first().locator('span[lang="da"]').innerText()).trim();
  await links.first().click();
  const target = page.locator('tr:target');
  await expect(target).toHaveCount(1);
  await expect(target.locator('th')).toHaveText(danish);
});

test('a count in the overview leads to that organisation\'s items on the theme page', async ({ page }) => {
  await page.goto('/nb/temaer/');
  const organisation = 'Østfold fylkeskommune';
  const theme = themes.find((candidate) => entries.some((entry) => entry.organisation === organisation && items(entry).some((item) => item.themes.includes(candidate.id))));
  if (!theme) throw new Error(`${organisation} has no themed items`);
  const count = entries.filter((entry) => entry.organisation === organisation).flatMap(items).filter((item) => item.themes.includes(theme.id)).length;
  const column = themes.indexOf(theme);
  const cell = page.locator('table.theme-matrix tbody tr', { has: page.locator('th', { hasText: organisation }) }).locator('td').nth(column);
  await cell.getByRole('link', { name: String(count), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/temaer/${theme.nb.slug}/#org-ostfold-fylkeskommune$`, 'u'));
  const heading = page.locator('h4:target');
  await expect(heading).toHaveText(organisation);
  await expect(page.locator('h4:target + ul > li')).toHaveCount(count);
});
