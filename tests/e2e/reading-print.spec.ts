// The glossary on a phone, and print: an entry, the overview on A4 landscape, the glossary on A4 portrait.
import { expect, test } from '@playwright/test';
import { readGlossary } from './support/content.ts';

/** Printable width in CSS pixels of A4 with 10 mm margins: portrait 190 mm, landscape 277 mm. */
const A4_PORTRAIT = Math.floor((190 / 25.4) * 96);
const A4_LANDSCAPE = Math.floor((277 / 25.4) * 96);

test('at 360 px each glossary pair reads as one block, with no sideways scrolling anywhere', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/da/ordliste/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const table = page.locator('table.glossary-table');
  expect(await table.evaluate((element) => element.closest('.table-scroll'))).toBeNull();
  const terms = readGlossary();
  await expect(table.locator('tbody tr')).toHaveCount(terms.length);
  for (const term of terms.slice(0, 12)) {
    const row = page.locator(`tr[id="${term.id}"]`);
    const box = await row.boundingBox();
    const danish = await row.locator('th[lang="da"]').boundingBox();
    const norwegian = await row.locator('td[lang="nb"]').boundingBox();
    if (!box || !danish || !norwegian) throw new Error(`${term.id} is not rendered`);
    // Both halves of the pair inside the block and on screen.
    for (const part of [danish, norwegian]) {
      expect(part.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(part.x + part.width, term.id).toBeLessThanOrEqual(Math.min(box.x + box.width, 360) + 1);
    }
    expect(box.x + box.width).toBeLessThanOrEqual(345 + 1);
    await expect(row.locator('td[lang="nb"]')).toHaveText(term.nb);
  }
  // No scrolling region either (visually hidden text, clipped to 1 px on purpose, aside).
  const scrollers = await page.evaluate(
    () => [...document.querySelectorAll('main *:not(.visually-hidden)')].filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible').length,
  );
  expect(scrollers).toBe(0);
});

test('print: an entry prints the addresses of links that leave the site only, and none of the navigation', async ({ page }) => {
  await page.goto('/nb/kilder/luk-2011/troms/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  await expect(page.locator('.source-nav')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const internal = await page.locator('main a[href^="/"]').evaluateAll((links) => links.filter((link) => getComputedStyle(link, '::after').content !== 'none').length);
  expect(internal).toBe(0);
  await page.goto('/nb/kilder/luk-2011/');
  await page.emulateMedia({ media: 'print' });
  const external = page.locator('main a[href^="https://"]').first();
  expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toContain('https://www.regjeringen.no/');
});

test('print: the overview fits A4 landscape with every column', async ({ page }) => {
  await page.setViewportSize({ width: A4_LANDSCAPE, height: 700 });
  await page.goto('/da/temaer/');
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('table.theme-matrix');
  const columns = await table.locator('thead th').count();
  const box = await table.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 9999)).toBeLessThanOrEqual(A4_LANDSCAPE);
  const last = await table.locator('thead th').nth(columns - 1).boundingBox();
  expect((last?.x ?? 9999) + (last?.width ?? 0)).toBeLessThanOrEqual(A4_LANDSCAPE);
  await expect(page.locator('.matrix-hint')).toBeHidden();
  // Printed for real: the sheet with the overview is A4 landscape (842 × 595 pt), the others A4 portrait.
  const sheets = mediaBoxes(await page.pdf({ preferCSSPageSize: true }));
  expect(sheets.at(-1)).toEqual([842, 595]);
  for (const sheet of sheets.slice(0, -1)) expect(sheet).toEqual([595, 842]);
});

/** Page sizes of a PDF in points, rounded, read from its /MediaBox entries. */
function mediaBoxes(pdf: Buffer): [number, number][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
}

test('print: the glossary fits A4 portrait with every column, the notes included', async ({ page }) => {
  await page.setViewportSize({ width: A4_PORTRAIT, height: 900 });
  await page.goto('/nb/ordliste/');
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('table.glossary-table');
  await expect(table.locator('thead th')).toHaveCount(4);
  const box = await table.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 9999)).toBeLessThanOrEqual(A4_PORTRAIT);
  const notes = table.locator('tbody td:nth-child(4)');
  for (const note of (await notes.all()).slice(0, 10)) {
    const cell = await note.boundingBox();
    expect((cell?.x ?? 9999) + (cell?.width ?? 0)).toBeLessThanOrEqual(A4_PORTRAIT);
  }
  const sheets = mediaBoxes(await page.pdf({ preferCSSPageSize: true }));
  expect(sheets.length).toBeGreaterThan(1);
  for (const sheet of sheets) expect(sheet).toEqual([595, 842]);
});
