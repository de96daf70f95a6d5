import { expect, test } from '@playwright/test';
import { readEntries, readThemes } from './support/content.ts';

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
