// What a reader sees of the open data: the Data page, the changes page, the footer links and the
// citation on entry pages, in both languages, against the main build.
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/content.ts';

const DATA = join(ROOT, 'dist/data');
const dataFiles = () => readdirSync(DATA, { recursive: true, withFileTypes: true }).filter((item) => item.isFile()).map((item) => join(item.parentPath, item.name).slice(DATA.length + 1));
const sizeText = (bytes: number, locale: 'da' | 'nb') => (bytes < 1000 ? `${bytes} byte` : `${new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'nb-NO').format(Math.round(bytes / 100) / 10)} kB`);

for (const [locale, title, licence, cite] of [
  ['da', 'Data til download', 'Creative Commons Navngivelse 4.0 International (CC BY 4.0)', 'Sådan citerer du vidensbasen'],
  ['nb', 'Data for nedlasting', 'Creative Commons Navngivelse 4.0 Internasjonal (CC BY 4.0)', 'Slik siterer du kunnskapsbasen'],
] as const) {
  test(`the ${locale} Data page lists every file with what it holds, format, size and licence, and how to cite`, async ({ page }) => {
    await page.goto(`/${locale}/data/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const files = dataFiles();
    expect(files.length).toBeGreaterThan(8);
    for (const name of files) {
      const card = page.locator('li.data-file', { has: page.getByRole('heading', { name, exact: true }) });
      await expect(card, name).toHaveCount(1);
      await expect(card.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/data/${name}`);
      await expect(card).toContainText(sizeText(statSync(join(DATA, name)).size, locale));
      await expect(card).toContainText(/(JSON|CSV|JSON-LD) \(/u);
      await expect(card.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
      expect((await card.locator('p').first().innerText()).length, `${name}: what it holds`).toBeGreaterThan(30);
    }
    await expect(page.getByRole('link', { name: licence })).toBeVisible();
    await expect(page.getByRole('heading', { name: cite })).toBeVisible();
    await expect(page.locator('main')).toContainText(/ophavsretsloven § 9/u);
    await expect(page.locator('main')).toContainText(/åndsverkloven § 14/u);
    // Each original document: its text page, line by line, and its raw seed file in the build.
    for (const seed of readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt'))) {
      const link = page.locator(`a[href="/seeds/${seed}"]`);
      await expect(link, seed).toHaveCount(1);
      expect(statSync(join(ROOT, 'dist/seeds', seed)).size).toBe(statSync(join(ROOT, 'seeds', seed)).size);
    }
    for (const source of ['viborg-2019', 'luk-2011']) await expect(page.locator(`a[href="/${locale}/kilder/${source}/tekst/"]`)).toHaveCount(1);
  });
}

for (const [locale, path, heading, footer] of [
  ['da', '/da/aendringer/', 'Seneste ændringer', 'Data til download'],
  ['nb', '/nb/endringer/', 'Siste endringer', 'Data for nedlasting'],
] as const) {
  test(`the ${locale} changes page and the Data page are linked from the footer; changes link to their pages`, async ({ page }) => {
    await page.goto(`/${locale}/kilder/luk-2011/finnmark/`);
    await page.locator('footer').getByRole('link', { name: heading }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const items = page.locator('ol.change-list > li');
    expect(await items.count()).toBeGreaterThan(10);
    await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/u);
    const first = items.first().getByRole('link');
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(href!);
    await page.goto(path);
    await expect(page.getByRole('link', { name: /Atom/u })).toHaveAttribute('href', `/${locale}/feed.xml`);
    await page.locator('footer').getByRole('link', { name: footer }).click();
    await expect(page).toHaveURL(`/${locale}/data/`);
  });
}

test('an entry page shows how to cite it: organisation, year, title, source and address', async ({ page }) => {
  await page.goto('/nb/kilder/luk-2011/finnmark/');
  const block = page.getByRole('region', { name: 'Slik siterer du denne oppføringen' });
  await expect(block).toContainText('Finnmark fylkeskommune (2011). Finnmark fylkeskommune. I: Kommunal- og regionaldepartementet: Hvordan fylkeskommunene arbeider med LUK i 2011.');
  await expect(block.getByRole('link')).toHaveAttribute('href', '/nb/kilder/luk-2011/finnmark/');
  await expect(block).toContainText('Gjengitt i Lokal utvikling – Danmark og Norge [kunnskapsbase].');
  // This build has no SITE_URL, so the address is given from the site's root, never as the build machine's.
  await expect(block.getByRole('link')).toHaveText('/nb/kilder/luk-2011/finnmark/');
  await page.goto('/da/kilder/viborg-2019/dogmer/');
  // The Danish note states no year of its own: the citation says so instead of inventing one.
  await expect(page.getByRole('region', { name: 'Sådan citerer du dette opslag' })).toContainText('Viborg Kommune, Landdistriktsudvalget (u.å.). Dogmer.');
});

for (const width of [320, 360]) {
  test(`the Data and changes pages fit a ${width} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/da/data/', '/nb/endringer/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    }
  });
}
