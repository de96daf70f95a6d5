// Orientation: breadcrumbs, the current section in the menu, previous / next within a source,
// the source's entries beside an entry at desktop width, the compact sources list, the publisher.
import { expect, test } from '@playwright/test';
import { describeCountsIn, entriesInOrder, readEntries, readSources } from './support/content.ts';

const sources = readSources();
const entries = entriesInOrder(readEntries(), sources);

test('breadcrumbs on source, entry, text and theme pages end in the page itself', async ({ page }) => {
  const cases = [
    { path: '/da/kilder/luk-2011/', trail: ['Forside', 'Kilder'], current: 'Hvordan fylkeskommunene arbeider med LUK i 2011' },
    { path: '/da/kilder/luk-2011/troms/', trail: ['Forside', 'Kilder', 'Hvordan fylkeskommunene arbeider med LUK i 2011'], current: 'Troms fylkeskommune' },
    { path: '/nb/kilder/viborg-2019/tekst/', trail: ['Forside', 'Kilder', 'Landdistriktsudvalgets drøftelser og indsatser i forhold til sammenhængsmodellen'], current: 'Kildens fulle tekst' },
    { path: '/nb/temaer/planlegging/', trail: ['Forside', 'Temaer'], current: 'Planlegging' },
  ];
  for (const { path, trail, current } of cases) {
    await page.goto(path);
    const crumbs = page.getByRole('navigation', { name: /Brødkrumme|Brødsmulesti/u });
    await expect(crumbs.getByRole('link')).toHaveText(trail);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(current);
    for (const link of await crumbs.getByRole('link').all()) expect(await link.getAttribute('href')).toMatch(/^\/(da|nb)\//u);
  }
});

test('the main menu marks the current section, and the page itself when it is the section page', async ({ page }) => {
  for (const [path, name, value] of [
    ['/da/kilder/', 'Kilder', 'page'],
    ['/da/kilder/viborg-2019/dogmer/', 'Kilder', 'true'],
    ['/da/kilder/luk-2011/tekst/', 'Kilder', 'true'],
    ['/nb/temaer/', 'Temaer', 'page'],
    ['/nb/temaer/planlegging/', 'Temaer', 'true'],
    ['/da/ordliste/', 'Ordliste', 'page'],
  ] as const) {
    await page.goto(path);
    const menu = page.getByRole('navigation', { name: /Hovedmenu|Hovedmeny/u });
    await expect(menu.getByRole('link', { name, exact: true }), path).toHaveAttribute('aria-current', value);
    await expect(menu.locator('[aria-current]')).toHaveCount(1);
  }
});

test('previous and next lead through a source in its order, and stop at its ends', async ({ page }) => {
  for (const source of sources) {
    const own = entries.filter((entry) => entry.source === source.id);
    for (const [index, entry] of own.entries()) {
      if (index > 1 && index < own.length - 2) continue;
      await page.goto(`/da/kilder/${entry.id}/`);
      const pager = page.getByRole('navigation', { name: 'Forrige og næste opslag i kilden' });
      const previous = pager.locator('a[rel="prev"]');
      const next = pager.locator('a[rel="next"]');
      if (index === 0) await expect(previous).toHaveCount(0);
      else await expect(previous).toHaveAttribute('href', `/da/kilder/${own[index - 1]?.id}/`);
      if (index === own.length - 1) await expect(next).toHaveCount(0);
      else await expect(next).toHaveAttribute('href', `/da/kilder/${own[index + 1]?.id}/`);
    }
  }
});

test('at 1280 px the source\'s entries stand beside the entry; at 360 px they follow it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/nb/kilder/luk-2011/nordland/');
  const nav = page.getByRole('navigation', { name: 'Oppslag i denne kilden' });
  const main = page.locator('.with-aside__main');
  const [side, text] = [await nav.boundingBox(), await main.boundingBox()];
  expect((text?.x ?? 0) + (text?.width ?? 0)).toBeLessThanOrEqual(side?.x ?? 0);
  expect(side?.y ?? 9999).toBeLessThan(400);
  await expect(nav.getByRole('listitem')).toHaveCount(entries.filter((entry) => entry.source === 'luk-2011').length);
  await expect(nav.locator('a[aria-current="page"]')).toHaveText('Nordland fylkeskommune');
  await page.setViewportSize({ width: 360, height: 800 });
  const [below, above] = [await nav.boundingBox(), await main.boundingBox()];
  expect(below?.y ?? 0).toBeGreaterThanOrEqual((above?.y ?? 0) + (above?.height ?? 0));
});

test('an entry opens with a one-sentence lead and the rest of its summary after it', async ({ page }) => {
  await page.goto('/da/kilder/luk-2011/finnmark/');
  const lead = await page.locator('.entry-summary .lead').innerText();
  expect(lead.trim()).toMatch(/^[^.]+\.$/u);
  await expect(page.locator('.entry-summary p').nth(1)).toBeVisible();
});

test('the sources page lists every entry compactly: entry · actions · themes', async ({ page }) => {
  for (const locale of ['da', 'nb'] as const) {
    await page.goto(`/${locale}/kilder/`);
    for (const source of sources) {
      const own = entries.filter((entry) => entry.source === source.id);
      const table = page.getByRole('table', { name: new RegExp(source.title, 'u') });
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(own.length);
      for (const [index, entry] of own.entries()) {
        await expect(rows.nth(index).getByRole('link')).toHaveAttribute('href', `/${locale}/kilder/${entry.id}/`);
        await expect(rows.nth(index).locator('td').first()).toHaveText(describeCountsIn(locale, entry.actions.length, entry.principles.length));
      }
    }
    // Compact: at 1280 px the whole list is shorter than four screens (31 cards were 8,586 px).
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3600);
  }
});

test('the header says who publishes the site and links to the about page', async ({ page }) => {
  await page.goto('/nb/temaer/');
  const header = page.locator('header.site-header');
  await expect(header).toContainText('Utgis av kunnskapsbasens redaksjon, uavhengig av kildenes utgivere');
  await expect(header.getByRole('link', { name: 'Utgis av kunnskapsbasens redaksjon' })).toHaveAttribute('href', '/nb/om/');
  await page.goto('/da/');
  await expect(page.locator('header.site-header')).toContainText('Udgives af vidensbasens redaktion, uafhængigt af kildernes udgivere');
});

test('the no-JS search fallback keeps a space between its sentence and its links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/da/soeg/');
  const text = await page.locator('[data-search-needs-js]').innerText();
  expect(text).toMatch(/opslag\. Temaer/u);
  await context.close();
});

test('at 320 and 360 px nothing in the header runs past the screen\'s edge', async ({ page }) => {
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 700 });
    for (const path of ['/da/', '/nb/kilder/luk-2011/troms/']) {
      await page.goto(path);
      const over = await page.evaluate(() => {
        const edge = document.documentElement.clientWidth;
        return [...document.querySelectorAll('.site-header *:not(.visually-hidden):not([hidden])')]
          .filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().right > edge + 0.5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().right)} > ${edge}`);
      });
      expect(over, `${path} at ${width}`).toEqual([]);
    }
  }
});
